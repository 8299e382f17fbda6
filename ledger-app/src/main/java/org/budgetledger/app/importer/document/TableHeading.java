package org.budgetledger.app.importer.document;

import java.util.List;
import org.budgetledger.projections.tables.TableKind;

/**
 * Where a table starts: its kind (by content), the number the document printed, the title (joined
 * when broken over two lines) and its line; {@code continuedAt} lists the lines where the title is
 * repeated because the table goes on over another page.
 */
public record TableHeading(
    TableKind kind, int number, String title, int lineNo, List<Integer> continuedAt) {
  public TableHeading {
    continuedAt = List.copyOf(continuedAt);
  }

  /** {@code 预算03表 支出总表}: how problems name the table. */
  public String label() {
    return String.format("预算%02d表 %s", number, kind.chinese());
  }
}
