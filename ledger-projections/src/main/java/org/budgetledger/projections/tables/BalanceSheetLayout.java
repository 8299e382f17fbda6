package org.budgetledger.projections.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionClass;
import org.budgetledger.core.model.FunctionClasses;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;

/**
 * The layout of 收支总表 and 财政拨款收支总表: income (收入) on the left, spending (支出) on the right, each half
 * with 项目 and 预算数. A row fills one half ({@code income:…}, {@code carryOver:…} left; {@code
 * spending:…} right) or both ({@code totals:…}); the printed line n pairs the n-th left-only row
 * with the n-th right-only row, and the totals lines fill both halves. Columns: {@code incomeItem},
 * {@code income}, {@code spendingItem}, {@code spending}.
 */
public final class BalanceSheetLayout {
  private BalanceSheetLayout() {}

  public static List<List<HeaderCell>> header() {
    return List.of(
        List.of(TableFrame.span("收 入", 2, 1), TableFrame.span("支 出", 2, 1)),
        List.of(
            HeaderCell.of("项 目"),
            HeaderCell.of("预算数"),
            HeaderCell.of("项 目"),
            HeaderCell.of("预算数")));
  }

  public static List<Column> columns() {
    return List.of(
        new Column("incomeItem", "收入项目"),
        new Column("income", "收入预算数"),
        new Column("spendingItem", "支出项目"),
        new Column("spending", "支出预算数"));
  }

  public static TableRow left(String key, String label, TableCell amount) {
    return new TableRow(key, RowType.DETAIL, List.of(Cells.text("incomeItem", label), amount));
  }

  public static TableRow right(String key, String label, TableCell amount) {
    return new TableRow(key, RowType.DETAIL, List.of(Cells.text("spendingItem", label), amount));
  }

  public static TableRow both(
      String key,
      RowType type,
      String incomeLabel,
      TableCell income,
      String spendingLabel,
      TableCell spending) {
    return new TableRow(
        key,
        type,
        List.of(
            Cells.text("incomeItem", incomeLabel),
            income,
            Cells.text("spendingItem", spendingLabel),
            spending));
  }

  /**
   * 年终结转结余: the income of the scope that its spending leaves, which a 年初预算 may keep for next year
   * (zero when all is spent). A difference of two sums, so its source names both.
   */
  public static TableCell yearEndBalance(BudgetView view, LegFilter income, LegFilter spending) {
    Fen kept = ViewSums.of(view, income).minus(ViewSums.of(view, spending));
    return TableCell.money(
        "spending",
        kept,
        new CellSource.Fact("年终结转结余 = 收入总计 − 本年支出合计: income the 年初预算 keeps unspent for next year"));
  }

  /**
   * 支出总计 = 本年支出合计 + 年终结转结余: the spending legs, or the income legs they balance when the budget
   * keeps some income unspent.
   */
  public static TableCell spendingGrandTotal(
      BudgetView view, LegFilter income, LegFilter spending) {
    boolean kept = !ViewSums.of(view, income).equals(ViewSums.of(view, spending));
    return Cells.legs("spending", view, kept ? income : spending);
  }

  /**
   * One {@code spending:<类>} row per class of the fixed list, numbered 一、二、… as published, empty
   * when zero; then any class the view spends on that the list lacks, numbered on, so the rows
   * still add up to the total (and a note says so).
   */
  public static List<TableRow> classRows(
      BudgetView view, List<FunctionClass> fixed, LegFilter base, List<String> notes) {
    List<TableRow> rows = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    fixed.forEach(c -> listed.add(c.code()));
    int n = 0;
    for (FunctionClass c : fixed) {
      rows.add(classRow(view, ++n, c.code(), c.name(), base));
    }
    List<String> extra =
        view.lines().stream()
            .map(LineBalance::key)
            .filter(base::matches)
            .map(k -> k.function().classCode())
            .filter(code -> !listed.contains(code))
            .distinct()
            .sorted()
            .toList();
    for (String code : extra) {
      rows.add(classRow(view, ++n, code, CodeLabels.functionName(view, code), base));
      notes.add("注：" + code + "类不在本表固定类目中，列于类目之后。");
    }
    return rows;
  }

  private static TableRow classRow(
      BudgetView view, int n, String code, String name, LegFilter base) {
    return right(
        "spending:" + code,
        FunctionClasses.numbered(n, name),
        Cells.legs("spending", view, base.function(code)));
  }
}
