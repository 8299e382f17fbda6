package org.budgetledger.app.inquiry.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.inquiry.TableNames;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Service;

/**
 * The department-level change summary between two points in time: for every table that changed, the
 * number of changed cells and the change of its 合计. It compares figures only; the entries behind
 * each change are {@link TableDiff}'s answer, table by table.
 */
@Service
public class ChangeSummary {
  private final TableInquiry tables;

  public ChangeSummary(TableInquiry tables) {
    this.tables = tables;
  }

  public DepartmentChanges changes(
      BudgetId id, PointInTime from, PointInTime to, Progress progress) {
    List<DisclosureTable> before = tables.tables(id, from, Progress.NONE).tables();
    List<DisclosureTable> after = tables.tables(id, to, Progress.NONE).tables();
    List<TableChangeSummary> changed = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      DisclosureTable now = after.get(i);
      int cells = TableDiff.changed(before.get(i), now).size();
      if (cells > 0) {
        Fen total = total(now).minus(total(before.get(i)));
        boolean hasTotal = now.rows().stream().anyMatch(r -> r.type() == RowType.TOTAL);
        changed.add(
            new TableChangeSummary(
                now.number(),
                TableNames.slug(now.kind()),
                now.title(),
                cells,
                hasTotal ? total.value() : null,
                hasTotal ? total.formatWan(6) : null,
                now.unit()));
      }
      progress.step(now.number(), i + 1, after.size());
    }
    String message =
        changed.isEmpty()
            ? "No table changed between (" + from + ") and (" + to + ")."
            : changed.size()
                + " of "
                + after.size()
                + " tables changed between ("
                + from
                + ") and ("
                + to
                + ").";
    return new DepartmentChanges(id, from, to, changed, message);
  }

  private static Fen total(DisclosureTable table) {
    return table.rows().stream()
        .filter(r -> r.type() == RowType.TOTAL)
        .findFirst()
        .flatMap(ChangeSummary::firstMoney)
        .orElse(Fen.ZERO);
  }

  private static Optional<Fen> firstMoney(TableRow row) {
    return row.cells().stream().filter(TableCell::isMoney).map(TableCell::amount).findFirst();
  }
}
