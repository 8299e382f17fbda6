package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.GOVERNMENT_FUND_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.STATE_CAPITAL_EXPENDITURE;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.TableRow;

/** Rules 3 and 4 of DOMAIN §5: 支出总表 adds up and agrees with 收支总表; 财政拨款收支总表. */
final class ExpenditureRules {
  private static final List<String> ES_AMOUNTS =
      List.of("total", "basic", "project", "operating", "remitted", "affiliateSubsidy");
  private static final List<FundSource> FISCAL =
      List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL);

  private ExpenditureRules() {}

  static void expenditureSummary(Figures f, List<RuleCheck> out) {
    if (!f.has(EXPENDITURE_SUMMARY)) {
      return;
    }
    var t = EXPENDITURE_SUMMARY;
    List<TableRow> details = f.details(t);
    for (String column : ES_AMOUNTS) {
      List<RuleFigure> rows = f.column(t, details, column);
      RuleFigure total = f.of(t, "total", column);
      if (column.equals("total")
          || !total.amount().isZero()
          || rows.stream().anyMatch(r -> !r.amount().isZero())) {
        out.add(RuleCheck.of(3, "支出总表 各行之和 = 合计行（" + column + "）", List.of(total), rows));
      }
    }
    RowChecks split = new RowChecks(3, "支出总表 合计 = 基本支出 + 项目支出");
    for (TableRow row : f.rows(t, r -> true)) {
      List<RuleFigure> parts =
          new ArrayList<>(List.of(f.of(t, row.key(), "basic"), f.of(t, row.key(), "project")));
      if (row.cell(Cells.RESERVE).isPresent()) {
        parts.add(f.of(t, row.key(), Cells.RESERVE));
      } else if (row.key().equals("total")) {
        parts.addAll(reserve(f));
      }
      split.add(row.key(), List.of(f.of(t, row.key(), "total")), parts);
    }
    split.addTo(out);
    if (!f.has(INCOME_EXPENDITURE_SUMMARY)) {
      return;
    }
    // 本年支出合计, not 支出总计: that adds the 年终结转结余 a budget keeps unspent
    out.add(
        RuleCheck.of(
            3,
            "支出总表 合计 = 收支总表 本年支出合计",
            List.of(f.of(t, "total", "total")),
            List.of(f.of(INCOME_EXPENDITURE_SUMMARY, "totals:currentYear", "spending"))));
    TreeSet<String> classes = new TreeSet<>();
    details.forEach(r -> classes.add(r.key().substring(0, 3)));
    if (!f.printsClasses(INCOME_EXPENDITURE_SUMMARY)) {
      return; // a 收支总表 by use (基本支出, 项目支出) has no 类 to meet
    }
    f.rows(INCOME_EXPENDITURE_SUMMARY, Figures.keyStarts("spending:")).stream()
        .filter(r -> !f.of(INCOME_EXPENDITURE_SUMMARY, r.key(), "spending").amount().isZero())
        .forEach(r -> classes.add(r.key().substring("spending:".length())));
    for (String code : classes) {
      out.add(
          RuleCheck.of(
              3,
              "支出总表 " + code + " 类各行之和 = 收支总表 该类支出",
              List.of(f.of(INCOME_EXPENDITURE_SUMMARY, "spending:" + code, "spending")),
              f.column(
                  t, details.stream().filter(r -> r.key().startsWith(code)).toList(), "total")));
    }
  }

  /**
   * 单位预留机动经费 where a balance sheet prints it beside 基本 and 项目 (Jiangsu 2019): part of 支出总表's 合计,
   * though the canonical 支出总表 has no column for it.
   */
  private static List<RuleFigure> reserve(Figures f) {
    String key = PrintedBalanceRows.USE + "reserve";
    for (var kind : List.of(INCOME_EXPENDITURE_SUMMARY, FISCAL_APPROPRIATION_SUMMARY)) {
      if (!f.rows(kind, r -> r.key().equals(key)).isEmpty()) {
        return List.of(f.of(kind, key, "spending"));
      }
    }
    return List.of();
  }

  static void fiscalAppropriation(Figures f, List<RuleCheck> out) {
    if (!f.has(FISCAL_APPROPRIATION_SUMMARY)) {
      return;
    }
    var t = FISCAL_APPROPRIATION_SUMMARY;
    out.add(
        RuleCheck.of(
            4,
            "财政拨款收支总表 本年收入 = 各项财政拨款之和",
            List.of(f.of(t, "totals:currentYear", "income")),
            f.column(t, f.incomeRows(t), "income")));
    out.add(
        RuleCheck.of(
            4,
            "财政拨款收支总表 本年支出 = 各类支出之和",
            List.of(f.of(t, "totals:currentYear", "spending")),
            f.column(t, f.spendingRows(t), "spending")));
    out.add(
        RuleCheck.of(
            4,
            "财政拨款收支总表 上年结转 = 各项结转之和",
            List.of(f.of(t, "totals:carryOver", "income")),
            f.column(t, f.rows(t, Figures.keyStarts("carryOver:")), "income")));
    out.add(
        RuleCheck.of(
            4,
            "财政拨款收支总表 收入总计 = 本年收入 + 上年结转",
            List.of(f.of(t, "totals:grand", "income")),
            List.of(
                f.of(t, "totals:currentYear", "income"), f.of(t, "totals:carryOver", "income"))));
    out.add(
        RuleCheck.of(
            4,
            "财政拨款收支总表 支出总计 = 本年支出 + 年终结转结余",
            List.of(f.of(t, "totals:grand", "spending")),
            List.of(
                f.of(t, "totals:currentYear", "spending"),
                f.of(t, "totals:carryOver", "spending"))));
    out.add(
        RuleCheck.of(
            4,
            "财政拨款收支总表 收入总计 = 支出总计",
            List.of(f.of(t, "totals:grand", "income")),
            List.of(f.of(t, "totals:grand", "spending"))));
    if (f.printsFiscalSubtotalAlone(INCOME_EXPENDITURE_SUMMARY)) {
      // 收支总表 prints 本级财政拨款收入 alone: the sources' sum meets it
      out.add(
          RuleCheck.of(
              4,
              "财政拨款收支总表 本年收入 = 收支总表 财政拨款收入",
              List.of(f.of(t, "totals:currentYear", "income")),
              List.of(
                  f.of(INCOME_EXPENDITURE_SUMMARY, PrintedBalanceRows.FISCAL_INCOME, "income"))));
    }
    for (FundSource source : FISCAL) {
      if (!f.printsFiscalSubtotalAlone(INCOME_EXPENDITURE_SUMMARY)) {
        out.add(
            RuleCheck.of(
                4,
                "财政拨款收支总表 " + source.chinese() + " = 收支总表 对应收入",
                List.of(f.of(t, "income:" + source.name(), "income")),
                List.of(f.of(INCOME_EXPENDITURE_SUMMARY, "income:" + source.name(), "income"))));
      }
      out.add(
          RuleCheck.of(
              4,
              "财政拨款收支总表 " + source.chinese() + " 上年结转 = 收入总表 对应结转",
              List.of(f.of(t, "carryOver:" + source.name(), "income")),
              List.of(f.of(INCOME_SUMMARY, "total", "carryOver:" + source.name()))));
    }
    List<RuleFigure> tables =
        new ArrayList<>(
            List.of(
                f.of(GENERAL_BUDGET_EXPENDITURE, "total", "total"),
                f.of(GOVERNMENT_FUND_EXPENDITURE, "total", "total"),
                f.of(STATE_CAPITAL_EXPENDITURE, "total", "total")));
    boolean apart = CarryOverApart.holds(f);
    if (apart) {
      tables.add(CarryOverApart.carried(f));
    }
    out.add(
        RuleCheck.of(
            4,
            "财政拨款收支总表 本年支出 = 一般公共预算、政府性基金、国有资本经营支出表合计之和"
                + (!apart ? "" : CarryOverApart.typed(f) ? " + 上年结转一般公共预算" : " + 上年结转"),
            List.of(f.of(t, "totals:currentYear", "spending")),
            tables));
    if (allFiscal(f)) {
      againstWholeSummary(f, out);
    }
  }

  /** With no income but 财政拨款, the fiscal part of 收支总表 is all of it, class by class. */
  private static void againstWholeSummary(Figures f, List<RuleCheck> out) {
    RowChecks classes = new RowChecks(4, "财政拨款收支总表 各类支出 = 收支总表 各类支出（收入全部为财政拨款）");
    TreeSet<String> codes = new TreeSet<>();
    for (var kind : List.of(FISCAL_APPROPRIATION_SUMMARY, INCOME_EXPENDITURE_SUMMARY)) {
      f.rows(kind, Figures.keyStarts("spending:")).forEach(r -> codes.add(r.key()));
    }
    for (String key : codes) {
      classes.add(
          key,
          List.of(f.of(FISCAL_APPROPRIATION_SUMMARY, key, "spending")),
          List.of(f.of(INCOME_EXPENDITURE_SUMMARY, key, "spending")));
    }
    classes.addTo(out);
  }

  private static boolean allFiscal(Figures f) {
    boolean income =
        f.rows(INCOME_EXPENDITURE_SUMMARY, Figures.incomeSources()).stream()
            .filter(r -> FISCAL.stream().noneMatch(s -> r.key().equals("income:" + s.name())))
            .allMatch(r -> f.of(INCOME_EXPENDITURE_SUMMARY, r.key(), "income").amount().isZero());
    boolean carryOver =
        List.of("FISCAL_SPECIAL_ACCOUNT", "UNIT_FUNDS").stream()
            .allMatch(s -> f.of(INCOME_SUMMARY, "total", "carryOver:" + s).amount().isZero());
    return income && carryOver;
  }
}
