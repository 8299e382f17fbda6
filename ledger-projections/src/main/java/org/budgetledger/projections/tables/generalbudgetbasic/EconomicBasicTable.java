package org.budgetledger.projections.tables.generalbudgetbasic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * A 基本支出表 by economic code for one group of fund sources (一般公共预算基本支出表, 财政拨款基本支出表): the ledger's
 * basic lines of those sources by 政府支出经济分类 × 部门支出经济分类, summed over units and functions, sorted by
 * the codes.
 *
 * <p>Row keys {@code <gov econ>|<dept econ>} (e.g. {@code 50101|30101}; {@code -|-} for basic
 * spending without economic detail) and {@code total}. The district lists every code pair the
 * sources' lines use, printing pairs that only projects use empty; the municipal lists pairs with
 * basic spending only. Columns: {@code govEconomic}, {@code deptEconomic}, {@code total} = {@code
 * personnel} + {@code public}.
 */
final class EconomicBasicTable {
  private static final Comparator<List<String>> ORDER =
      Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1));

  /** 财政拨款's table: its 一般公共预算 part, and the basic money of every fund source. */
  public static final String GENERAL_BUDGET = "generalBudget";

  public static final String EVERY_FUND = "everyFund";

  private EconomicBasicTable() {}

  /** The table of {@code kind}: basic spending of {@code funds} by economic code pair. */
  static DisclosureTable build(BudgetView view, TableKind kind, FundSource... funds) {
    LegFilter basic =
        LegFilter.spending()
            .fundSources(funds)
            .kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC);
    return byCodePair(view, kind, basic, LegFilter.spending().fundSources(funds));
  }

  /**
   * 财政拨款's table: beside its 合计 / 人员经费 / 公用经费, the part of 一般公共预算 ({@code generalBudget}) and the
   * basic money of every fund source ({@code everyFund}), as a table of every source prints them
   * (Yantai's 基本支出预算情况表: 合计, 财政拨款 小计, 一般公共预算 …). Money of the other sources is recorded by 类 only,
   * so a code's {@code everyFund} holds its 财政拨款 money; the {@code total} row holds every source's.
   */
  static DisclosureTable fiscal(BudgetView view, TableKind kind, FundSource... funds) {
    LegFilter basic =
        LegFilter.spending()
            .fundSources(funds)
            .kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC);
    return byCodePair(view, kind, basic, LegFilter.spending().fundSources(funds), true);
  }

  /**
   * The table by 政府 × 部门 code pair of the pairs {@code anyOfFunds}' lines use, each row's 合计 / 人员经费
   * / 公用经费 over {@code basic}: a 基本支出表 (basic legs), or the table of every kind by economic code
   * (all 一般公共预算 legs, {@link GeneralBudgetEconomicBuilder}).
   */
  static DisclosureTable byCodePair(
      BudgetView view, TableKind kind, LegFilter basic, LegFilter anyOfFunds) {
    return byCodePair(view, kind, basic, anyOfFunds, false);
  }

  private static DisclosureTable byCodePair(
      BudgetView view, TableKind kind, LegFilter basic, LegFilter anyOfFunds, boolean byFund) {
    boolean district = TableFrame.isDistrict(view);
    List<TableRow> rows = new ArrayList<>();
    view.lines().stream()
        .map(LineBalance::key)
        .filter(anyOfFunds::matches)
        .map(EconomicBasicTable::pair)
        .distinct()
        .sorted(ORDER)
        .forEach(
            p -> {
              LegFilter filter = basic.govEconomic(p.get(0)).deptEconomic(p.get(1)).exact();
              TableRow row =
                  new TableRow(
                      p.get(0) + "|" + p.get(1),
                      RowType.DETAIL,
                      figures(
                          view,
                          filter,
                          byFund,
                          label("govEconomic", view, p.get(0)),
                          label("deptEconomic", view, p.get(1))));
              boolean unclassified = p.get(1).equals(LegFilter.ABSENT);
              if ((district && !unclassified) || hasFigures(row)) {
                rows.add(row);
              }
            });
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            figures(
                view,
                basic,
                byFund,
                Cells.text("govEconomic", ""),
                Cells.text("deptEconomic", TableFrame.TOTAL_LABEL))));
    return TableFrame.table(view, kind, header(district), columns(byFund), rows, List.of());
  }

  private static List<String> pair(LineKey key) {
    return List.of(
        key.govEconomic() == null ? LegFilter.ABSENT : key.govEconomic().value(),
        key.deptEconomic() == null ? LegFilter.ABSENT : key.deptEconomic().value());
  }

  private static TableCell label(String column, BudgetView view, String code) {
    if (code.equals(LegFilter.ABSENT)) {
      return Cells.text(column, column.equals("govEconomic") ? CodeLabels.UNDETAILED : "");
    }
    return Cells.text(
        column,
        column.equals("govEconomic")
            ? CodeLabels.govEconomic(view, code)
            : CodeLabels.deptEconomic(view, code));
  }

  // a row is listed for the table's own funds' money, not for money of other sources beside it
  private static boolean hasFigures(TableRow row) {
    return row.cells().stream()
        .filter(c -> !c.columnKey().equals(GENERAL_BUDGET) && !c.columnKey().equals(EVERY_FUND))
        .anyMatch(c -> c.isMoney() && !c.amount().isZero());
  }

  private static List<TableCell> figures(
      BudgetView view, LegFilter row, boolean byFund, TableCell... labels) {
    List<TableCell> cells = new ArrayList<>(Arrays.asList(labels));
    cells.add(Cells.legs("total", view, row));
    cells.add(Cells.legs("personnel", view, row.kinds(ExpenditureKind.BASIC_PERSONNEL)));
    cells.add(Cells.legs("public", view, row.kinds(ExpenditureKind.BASIC_PUBLIC)));
    if (byFund) {
      cells.add(Cells.legs(GENERAL_BUDGET, view, row.fundSources(FundSource.GENERAL_BUDGET)));
      cells.add(Cells.legs(EVERY_FUND, view, row.fundSources(FundSource.values())));
    }
    return cells;
  }

  private static List<List<HeaderCell>> header(boolean district) {
    return List.of(
        List.of(
            TableFrame.span("政府支出经济分类科目", 1, 2),
            TableFrame.span("部门支出经济分类科目", 1, 2),
            TableFrame.span(district ? "本年预算数" : "预算数", 3, 1)),
        List.of(HeaderCell.of("合计"), HeaderCell.of("人员经费"), HeaderCell.of("公用经费")));
  }

  private static List<Column> columns(boolean byFund) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                new Column("govEconomic", "政府支出经济分类科目"),
                new Column("deptEconomic", "部门支出经济分类科目"),
                new Column("total", "合计"),
                new Column("personnel", "人员经费"),
                new Column("public", "公用经费")));
    if (byFund) {
      columns.add(new Column(GENERAL_BUDGET, "一般公共预算"));
      columns.add(new Column(EVERY_FUND, "各项资金"));
    }
    return columns;
  }
}
