package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * A 类 or 款 row a 一般公共预算支出表 prints above its items ({@code 201001|205}, a published {@link
 * RowType#SUBTOTAL}; {@code U1,U2|204} where its items fall in several units) is compared with the
 * rebuilt items of those units under that code summed: the rebuilt table holds the lines only, and
 * a printed 类 that is not the sum of its items is a finding of the document (MISMATCH), never
 * corrected.
 */
final class SubtotalRollup {
  private static final Pattern UNIT_CLASS = Pattern.compile("^([^|]+)\\|(\\d{3}|\\d{5})$");

  private SubtotalRollup() {}

  /** The rebuilt items under a published 类 or 款 subtotal, summed; empty for any other row. */
  static Optional<TableRow> of(TableKind kind, DisclosureTable rebuilt, TableRow published) {
    Matcher m = UNIT_CLASS.matcher(published.key());
    if (kind != TableKind.GENERAL_BUDGET_EXPENDITURE
        || rebuilt == null
        || published.type() != RowType.SUBTOTAL
        || !m.matches()) {
      return Optional.empty();
    }
    List<String> units = List.of(m.group(1).split(","));
    Map<String, Fen> sums = new LinkedHashMap<>();
    for (TableRow row : covered(rebuilt, units, m.group(2))) {
      for (TableCell cell : row.cells()) {
        if (cell.isMoney()) {
          sums.merge(cell.columnKey(), cell.amount(), Fen::plus);
        }
      }
    }
    LegFilter general =
        LegFilter.spending().fundSources(FundSource.GENERAL_BUDGET).function(m.group(2));
    // items over several units (a table split into units by ascending codes): the legs of the code
    LegFilter legs = units.size() == 1 ? general.unit(units.get(0)) : general;
    List<TableCell> cells = new ArrayList<>();
    sums.forEach(
        (column, sum) ->
            cells.add(TableCell.money(column, sum, new CellSource.Legs(legsOf(legs, column)))));
    return Optional.of(new TableRow(published.key(), RowType.SUBTOTAL, cells));
  }

  /** The rebuilt item rows of those units under the code ({@code 201001|20501…}). */
  private static List<TableRow> covered(DisclosureTable rebuilt, List<String> units, String code) {
    return rebuilt.rows().stream()
        .filter(r -> r.type() == RowType.DETAIL)
        .filter(r -> units.stream().anyMatch(u -> r.key().startsWith(u + "|" + code)))
        .toList();
  }

  private static LegFilter legsOf(LegFilter legs, String column) {
    return switch (column) {
      case "basic" -> legs.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC);
      case "personnel" -> legs.kinds(ExpenditureKind.BASIC_PERSONNEL);
      case "public" -> legs.kinds(ExpenditureKind.BASIC_PUBLIC);
      case "project", "projectExcludingCapital" -> legs.kinds(ExpenditureKind.PROJECT);
      default -> legs;
    };
  }
}
