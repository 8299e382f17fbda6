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
 * RowType#SUBTOTAL}; {@code U1,U2|204} where its items fall in several units; a unit's own row
 * {@code 201001|}, all its items), or a 支出总表 prints by function ({@code 205|-|-}), is compared with
 * the rebuilt items under that code summed: the rebuilt table holds the lines only, and a printed 类
 * that is not the sum of its items is a finding of the document (MISMATCH), never corrected.
 */
final class SubtotalRollup {
  // a unit's own row (no code, {@code 201001|}) is the subtotal of all the unit's rows
  private static final Pattern UNIT_CLASS = Pattern.compile("^([^|]+)\\|(\\d{3}|\\d{5}|)$");
  // 支出总表's 类/款 row by function only: no economic codes
  private static final Pattern SUMMARY_CLASS = Pattern.compile("^(\\d{3}|\\d{5})\\|-\\|-$");

  private SubtotalRollup() {}

  /** The rebuilt items under a published 类 or 款 subtotal, summed; empty for any other row. */
  static Optional<TableRow> of(TableKind kind, DisclosureTable rebuilt, TableRow published) {
    if (rebuilt == null || published.type() != RowType.SUBTOTAL) {
      return Optional.empty();
    }
    if (kind == TableKind.EXPENDITURE_SUMMARY) {
      Matcher m = SUMMARY_CLASS.matcher(published.key());
      return m.matches()
          ? Optional.of(
              summed(
                  published.key(),
                  covered(rebuilt, List.of(""), m.group(1)),
                  LegFilter.spending().function(m.group(1))))
          : Optional.empty();
    }
    Matcher m = UNIT_CLASS.matcher(published.key());
    boolean byUnit = kind == TableKind.EXPENDITURE_BY_UNIT;
    if (kind != TableKind.GENERAL_BUDGET_EXPENDITURE && !byUnit || !m.matches()) {
      return Optional.empty();
    }
    List<String> units = List.of(m.group(1).split(","));
    // 支出总表 by unit sums every fund's spending of the unit
    LegFilter fund =
        byUnit ? LegFilter.spending() : LegFilter.spending().fundSources(FundSource.GENERAL_BUDGET);
    LegFilter general = m.group(2).isEmpty() ? fund : fund.function(m.group(2));
    // items over several units (a table split into units by ascending codes): the legs of the code
    LegFilter legs = units.size() == 1 ? general.unit(units.get(0)) : general;
    return Optional.of(
        summed(
            published.key(),
            covered(rebuilt, units.stream().map(u -> u + "|").toList(), m.group(2)),
            legs));
  }

  /** The items' money cells summed by column, each traced to {@code legs} of its column's kind. */
  static TableRow summed(String key, List<TableRow> items, LegFilter legs) {
    Map<String, Fen> sums = new LinkedHashMap<>();
    for (TableRow row : items) {
      for (TableCell cell : row.cells()) {
        if (cell.isMoney()) {
          sums.merge(cell.columnKey(), cell.amount(), Fen::plus);
        }
      }
    }
    List<TableCell> cells = new ArrayList<>();
    sums.forEach(
        (column, sum) ->
            cells.add(TableCell.money(column, sum, new CellSource.Legs(legsOf(legs, column)))));
    return new TableRow(key, RowType.SUBTOTAL, cells);
  }

  /** The rebuilt item rows under the code, each key after one of the prefixes ({@code 201001|}). */
  private static List<TableRow> covered(
      DisclosureTable rebuilt, List<String> prefixes, String code) {
    return rebuilt.rows().stream()
        .filter(r -> r.type() == RowType.DETAIL)
        .filter(r -> prefixes.stream().anyMatch(p -> r.key().startsWith(p + code)))
        .toList();
  }

  private static LegFilter legsOf(LegFilter legs, String column) {
    return switch (column) {
      case "basic" -> legs.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC);
      case "personnel" -> legs.kinds(ExpenditureKind.BASIC_PERSONNEL);
      case "public" -> legs.kinds(ExpenditureKind.BASIC_PUBLIC);
      case "project", "projectExcludingCapital" -> legs.kinds(ExpenditureKind.PROJECT);
      case "generalBudget" -> legs.fundSources(FundSource.GENERAL_BUDGET);
      case "everyFund" -> legs.fundSources(FundSource.values());
      default -> legs;
    };
  }
}
