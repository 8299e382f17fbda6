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
 * A 类 row a table by 部门经济分类 prints above its codes (基本支出表's {@code -|301} 工资福利支出, or {@code
 * 501|301} beside a 政府 类, the 项目支出 table's {@code 302}, a published {@link RowType#SUBTOTAL}) is
 * compared with the rebuilt rows of the codes under it summed: the rebuilt tables hold the codes
 * only, and a printed 类 that is not the sum of its codes is a finding of the document (MISMATCH),
 * never corrected.
 */
final class EconomicSubtotalRollup {
  private static final Pattern BASIC_CLASS = Pattern.compile("^(-|\\d{3,5})\\|(\\d{3,5})$");
  private static final Pattern PROJECT_CLASS = Pattern.compile("^(\\d{3,5})$");

  private EconomicSubtotalRollup() {}

  /** The rebuilt codes under a published 类 subtotal, summed; empty for any other row. */
  static Optional<TableRow> of(TableKind kind, DisclosureTable rebuilt, TableRow published) {
    if (rebuilt == null || published.type() != RowType.SUBTOTAL) {
      return Optional.empty();
    }
    boolean basic = kind == TableKind.GENERAL_BUDGET_BASIC;
    if (!basic && kind != TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC) {
      return Optional.empty();
    }
    Matcher m = (basic ? BASIC_CLASS : PROJECT_CLASS).matcher(published.key());
    if (!m.matches()) {
      return Optional.empty();
    }
    // a 类 printed beside a 政府 类 (Yantai's 501 | 301) holds only the codes under both
    String gov = basic ? m.group(1) : "-";
    String code = basic ? m.group(2) : m.group(1);
    LegFilter legs =
        LegFilter.spending()
            .fundSources(FundSource.GENERAL_BUDGET)
            .kinds(
                basic
                    ? new ExpenditureKind[] {
                      ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC
                    }
                    : new ExpenditureKind[] {ExpenditureKind.PROJECT})
            .deptEconomic(code);
    Map<String, Fen> sums = new LinkedHashMap<>();
    for (TableRow row : rebuilt.rows()) {
      int bar = row.key().indexOf('|');
      String dept = row.key().substring(bar + 1);
      boolean underGov = gov.equals("-") || bar > 0 && row.key().substring(0, bar).startsWith(gov);
      if (row.type() == RowType.DETAIL
          && underGov
          && dept.length() > code.length()
          && dept.startsWith(code)) {
        for (TableCell cell : row.cells()) {
          if (cell.isMoney()) {
            sums.merge(cell.columnKey(), cell.amount(), Fen::plus);
          }
        }
      }
    }
    List<TableCell> cells = new ArrayList<>();
    sums.forEach(
        (column, sum) ->
            cells.add(TableCell.money(column, sum, new CellSource.Legs(legsOf(legs, column)))));
    return Optional.of(new TableRow(published.key(), RowType.SUBTOTAL, cells));
  }

  private static LegFilter legsOf(LegFilter legs, String column) {
    return switch (column) {
      case "personnel" -> legs.kinds(ExpenditureKind.BASIC_PERSONNEL);
      case "public" -> legs.kinds(ExpenditureKind.BASIC_PUBLIC);
      default -> legs;
    };
  }
}
