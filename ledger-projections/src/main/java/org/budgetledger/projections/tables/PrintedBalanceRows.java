package org.budgetledger.projections.tables;

import java.util.Map;
import java.util.Optional;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;

/**
 * Rows a published 收支总表 or 财政拨款收支总表 prints beyond the ledger's own (sources, 类, totals), rebuilt on
 * request so that a family's own layout compares cell for cell, each over the same legs as the
 * table's other rows: a 款 or 项 row under its 类 ({@code spendingDetail:20402}, the lines under that
 * code, as Hangzhou prints them), spending by use where a family prints no 类 ({@code
 * spendingUse:basic}, 基本支出, as Changsha prints it; 单位预留机动经费 as Jiangsu 2019 does) and the subtotal
 * of the fiscal sources ({@code income:fiscal}, 本级财政拨款收入) where a family prints it without its
 * parts. Uses the ledger does not model (事业单位经营支出, 上缴上级支出 …) are zero, said so.
 */
public final class PrintedBalanceRows {
  public static final String DETAIL = "spendingDetail:";
  public static final String USE = "spendingUse:";
  public static final String FISCAL_INCOME = "income:fiscal";

  /** The uses a balance sheet may list on its spending side, by measure, in their words. */
  public static final Map<String, String> USES =
      Map.of(
          "basic", "基本支出",
          "project", "项目支出",
          "reserve", "单位预留机动经费",
          "operating", "事业单位经营支出",
          "affiliateSubsidy", "对附属单位补助支出",
          "remitted", "上缴上级支出",
          "surplusDistribution", "结余分配");

  private static final String NOT_MODELLED = "账本不记此类支出（事业单位经营、上缴上级、对附属单位补助、结余分配）";

  private PrintedBalanceRows() {}

  /**
   * The row for {@code key} over the table's legs ({@code income} and {@code spending} its scope),
   * empty for a key of none of these kinds.
   */
  public static Optional<TableRow> of(
      BudgetView view, String key, LegFilter income, LegFilter spending) {
    if (key.equals(FISCAL_INCOME)) {
      LegFilter fiscal =
          income
              .fundSources(
                  FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL)
              .origins(Origin.CURRENT_YEAR);
      return Optional.of(
          BalanceSheetLayout.left(key, "财政拨款收入", Cells.legs("income", view, fiscal)));
    }
    if (key.startsWith(DETAIL) && key.length() > DETAIL.length()) {
      String code = key.substring(DETAIL.length());
      return Optional.of(
          BalanceSheetLayout.right(
              key,
              CodeLabels.functionName(view, code),
              Cells.legs("spending", view, spending.function(code))));
    }
    if (key.startsWith(USE) && USES.containsKey(key.substring(USE.length()))) {
      String use = key.substring(USE.length());
      return Optional.of(
          BalanceSheetLayout.right(key, USES.get(use), useCell(view, use, spending)));
    }
    return Optional.empty();
  }

  private static TableCell useCell(BudgetView view, String use, LegFilter spending) {
    return switch (use) {
      case "basic" ->
          Cells.legs(
              "spending",
              view,
              spending.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC));
      case "project" -> Cells.legs("spending", view, spending.kinds(ExpenditureKind.PROJECT));
      case "reserve" -> Cells.legs("spending", view, spending.kinds(ExpenditureKind.RESERVE));
      default -> Cells.notModelled("spending", NOT_MODELLED);
    };
  }
}
