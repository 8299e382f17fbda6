package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_SUMMARY;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/** Rules 1 and 2 of DOMAIN §5: 收支总表 balances; 收入总表 adds up and agrees with it. */
final class SummaryRules {
  private static final List<String> CURRENT =
      List.of(
          "GENERAL_BUDGET",
          "GOVERNMENT_FUND",
          "STATE_CAPITAL",
          "FISCAL_SPECIAL_ACCOUNT",
          "BUSINESS_INCOME",
          "OPERATING_INCOME",
          "SUPERIOR_SUBSIDY",
          "AFFILIATE_REMITTANCE",
          "OTHER_INCOME");
  // sources a 收入总表 prints no column for, which the rebuilt one shows where a budget holds them
  private static final List<String> CURRENT_SUMMED =
      java.util.stream.Stream.concat(
              CURRENT.stream(), java.util.stream.Stream.of("REAL_ACCOUNT_BALANCE"))
          .toList();
  private static final List<String> CARRY_OVER =
      List.of(
          "carryOver:GENERAL_BUDGET",
          "carryOver:GOVERNMENT_FUND",
          "carryOver:STATE_CAPITAL",
          "carryOver:FISCAL_SPECIAL_ACCOUNT",
          "carryOver:UNIT_FUNDS",
          "carryOver:FISCAL_CARRY_OVER");

  private SummaryRules() {}

  static void incomeExpenditure(Figures f, List<RuleCheck> out) {
    if (!f.has(INCOME_EXPENDITURE_SUMMARY)) {
      return;
    }
    var t = INCOME_EXPENDITURE_SUMMARY;
    out.add(
        RuleCheck.of(
            1,
            "收支总表 本年收入合计 = 各项收入之和",
            List.of(f.of(t, "totals:currentYear", "income")),
            f.column(t, f.incomeRows(t), "income")));
    out.add(
        RuleCheck.of(
            1,
            "收支总表 本年支出合计 = 各类支出之和",
            List.of(f.of(t, "totals:currentYear", "spending")),
            f.column(t, f.spendingRows(t), "spending")));
    out.add(
        RuleCheck.of(
            1,
            "收支总表 收入总计 = 本年收入合计 + 上年结转结余",
            List.of(f.of(t, "totals:grand", "income")),
            grandIncome(f, t)));
    out.add(
        RuleCheck.of(
            1,
            "收支总表 支出总计 = 本年支出合计 + 年终结转结余",
            List.of(f.of(t, "totals:grand", "spending")),
            List.of(
                f.of(t, "totals:currentYear", "spending"),
                f.of(t, "totals:carryOver", "spending"))));
    out.add(
        RuleCheck.of(
            1,
            "收支总表 收入总计 = 支出总计",
            List.of(f.of(t, "totals:grand", "income")),
            List.of(f.of(t, "totals:grand", "spending"))));
  }

  /** 本年收入合计 and 上年结转结余, with the sources a family prints between them and 收入总计. */
  private static List<RuleFigure> grandIncome(Figures f, TableKind t) {
    List<RuleFigure> figures = new ArrayList<>();
    figures.add(f.of(t, "totals:currentYear", "income"));
    figures.add(f.of(t, "totals:carryOver", "income"));
    figures.addAll(f.column(t, f.incomeRowsBelowSubtotal(t), "income"));
    return figures;
  }

  static void incomeSummary(Figures f, List<RuleCheck> out) {
    if (!f.has(INCOME_SUMMARY)) {
      return;
    }
    var t = INCOME_SUMMARY;
    List<TableRow> all = f.rows(t, r -> true);
    RowChecks total = new RowChecks(2, "收入总表 合计 = 本年收入小计 + 上年结转结余小计");
    RowChecks current = new RowChecks(2, "收入总表 本年收入小计 = 各资金来源之和");
    RowChecks carry = new RowChecks(2, "收入总表 上年结转结余小计 = 各类结转之和");
    for (TableRow row : all) {
      total.add(
          row.key(),
          List.of(f.of(t, row.key(), "total")),
          List.of(f.of(t, row.key(), "currentYear"), f.of(t, row.key(), "carryOver")));
      current.add(
          row.key(),
          List.of(f.of(t, row.key(), "currentYear")),
          CURRENT_SUMMED.stream().map(c -> f.of(t, row.key(), c)).toList());
      carry.add(
          row.key(),
          List.of(f.of(t, row.key(), "carryOver")),
          CARRY_OVER.stream().map(c -> f.of(t, row.key(), c)).toList());
    }
    total.addTo(out);
    current.addTo(out);
    carry.addTo(out);
    List<TableRow> units = f.details(t);
    List<TableRow> department = f.rows(t, r -> r.type() == RowType.SUBTOTAL);
    for (TableRow dept : department) {
      for (String column : moneyColumns()) {
        List<RuleFigure> unitFigures = f.column(t, units, column);
        RuleFigure deptFigure = f.of(t, dept.key(), column);
        RuleFigure totalFigure = f.of(t, "total", column);
        if (unitFigures.stream().anyMatch(u -> !u.amount().isZero())
            || !deptFigure.amount().isZero()
            || !totalFigure.amount().isZero()) {
          out.add(
              RuleCheck.of(
                  2, "收入总表 各单位行之和 = 部门行（" + column + "）", List.of(deptFigure), unitFigures));
          out.add(
              RuleCheck.of(
                  2, "收入总表 合计行 = 部门行（" + column + "）", List.of(totalFigure), List.of(deptFigure)));
        }
      }
    }
    againstIncomeExpenditure(f, out);
  }

  /** The fund columns of 收入总表's 合计 are the income rows of 收支总表. */
  private static void againstIncomeExpenditure(Figures f, List<RuleCheck> out) {
    if (!f.has(INCOME_EXPENDITURE_SUMMARY)) {
      return;
    }
    for (FundSource source : FundSource.values()) {
      if (!CURRENT.contains(source.name())) {
        continue;
      }
      RuleFigure summary = f.of(INCOME_EXPENDITURE_SUMMARY, "income:" + source.name(), "income");
      RuleFigure income = f.of(INCOME_SUMMARY, "total", source.name());
      if (!summary.amount().isZero() || !income.amount().isZero()) {
        out.add(
            RuleCheck.of(
                2, "收入总表 " + source.chinese() + " = 收支总表 对应收入", List.of(income), List.of(summary)));
      }
    }
    out.add(
        RuleCheck.of(
            2,
            "收入总表 上年结转结余小计 = 收支总表 上年结转结余",
            List.of(f.of(INCOME_SUMMARY, "total", "carryOver")),
            List.of(f.of(INCOME_EXPENDITURE_SUMMARY, "totals:carryOver", "income"))));
    out.add(
        RuleCheck.of(
            2,
            "收入总表 合计 = 收支总表 收入总计",
            List.of(f.of(INCOME_SUMMARY, "total", "total")),
            List.of(f.of(INCOME_EXPENDITURE_SUMMARY, "totals:grand", "income"))));
  }

  private static List<String> moneyColumns() {
    List<String> columns = new ArrayList<>(List.of("total", "currentYear"));
    columns.addAll(CURRENT);
    columns.add("carryOver");
    columns.addAll(CARRY_OVER);
    return columns;
  }
}
