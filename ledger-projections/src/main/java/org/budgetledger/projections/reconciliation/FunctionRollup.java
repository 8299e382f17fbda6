package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * A 支出总表 row the document prints by function only ({@code 2050101|-|-}, Yantai) is compared with
 * the rebuilt rows of that function summed: the ledger may hold those lines by economic code
 * (spread over 基本支出表's codes, derivation {@code SPLIT_ACROSS_CODES}), finer than the document
 * prints, and the comparison is at the grain the document determines. The rebuilt function row
 * itself (money of other sources kept by function) is summed in too.
 */
final class FunctionRollup {
  private static final Pattern FUNCTION_ONLY = Pattern.compile("^(\\d+)\\|-\\|-$");

  private FunctionRollup() {}

  /** The rebuilt rows under a published function-only row of 支出总表, summed; empty otherwise. */
  static Optional<TableRow> of(TableKind kind, DisclosureTable rebuilt, String publishedKey) {
    Matcher m = FUNCTION_ONLY.matcher(publishedKey);
    if (kind != TableKind.EXPENDITURE_SUMMARY || rebuilt == null || !m.matches()) {
      return Optional.empty();
    }
    List<TableRow> coded = covered(rebuilt, m.group(1));
    if (coded.isEmpty()) {
      return Optional.empty();
    }
    List<TableRow> summed = new ArrayList<>(coded);
    rebuilt.row(publishedKey).ifPresent(summed::add);
    Map<String, Fen> sums = new LinkedHashMap<>();
    for (TableRow row : summed) {
      for (TableCell cell : row.cells()) {
        if (cell.isMoney()) {
          sums.merge(cell.columnKey(), cell.amount(), Fen::plus);
        }
      }
    }
    CellSource source = new CellSource.Legs(LegFilter.spending().function(m.group(1)));
    List<TableCell> cells = new ArrayList<>();
    sums.forEach((column, sum) -> cells.add(TableCell.money(column, sum, source)));
    return Optional.of(new TableRow(publishedKey, RowType.DETAIL, cells));
  }

  /** The rebuilt rows by economic code of {@code function} ({@code 2050101|50501|30101} …). */
  static List<TableRow> covered(DisclosureTable rebuilt, String function) {
    return rebuilt.rows().stream()
        .filter(r -> r.key().startsWith(function + "|") && !r.key().endsWith("|-|-"))
        .toList();
  }
}
