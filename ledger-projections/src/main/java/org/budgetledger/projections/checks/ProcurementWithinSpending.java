package org.budgetledger.projections.checks;

import static org.budgetledger.projections.tables.TableKind.EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.PROCUREMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.projections.reconciliation.Figures;
import org.budgetledger.projections.reconciliation.Rounding;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.procurement.ProcurementBuilder;

/**
 * 政府采购 is a tag on spending, not money of its own (DOMAIN §2): what a department buys under a 功能科目
 * cannot exceed what it spends there. Where the 政府采购 table names its rows by function (a row whose
 * last words start with a 7-digit code, {@code 2050204-高中教育} or {@code 2050803-全额}), each code's
 * procurement (its rows added, 全额 and 差额 alike) is held to 支出总表's rows of that code, and the
 * table's 合计 to 支出总表's: not more is PASS, more beyond rounding FAIL. A table by 采购品目 category names
 * no function and is only held by its 合计.
 */
final class ProcurementWithinSpending {
  private static final Pattern FUNCTION = Pattern.compile("^(\\d{7})-");

  private ProcurementWithinSpending() {}

  static void check(Figures f, TableSet set, List<Finding> out) {
    if (!f.has(PROCUREMENT) || !f.has(EXPENDITURE_SUMMARY)) {
      return;
    }
    within(
        set,
        "政府采购 合计",
        List.of(f.of(PROCUREMENT, "total", "amount")),
        List.of(f.of(EXPENDITURE_SUMMARY, "total", "total")),
        out);
    Map<String, List<RuleFigure>> byFunction = byFunction(f);
    if (printsFunctions(f)) {
      for (Map.Entry<String, List<RuleFigure>> e : byFunction.entrySet()) {
        String code = e.getKey();
        List<RuleFigure> spending =
            f
                .rows(
                    EXPENDITURE_SUMMARY,
                    r ->
                        r.type() == RowType.DETAIL
                            && (r.key().equals(code) || r.key().startsWith(code + "|")))
                .stream()
                .map(r -> f.of(EXPENDITURE_SUMMARY, r.key(), "total"))
                .toList();
        within(set, "政府采购 " + code, e.getValue(), spending, out);
      }
      return;
    }
    // 支出总表 by unit alone: the finest grain of spending by function printed is 收支总表's 类
    if (!f.has(INCOME_EXPENDITURE_SUMMARY)) {
      return;
    }
    Map<String, List<RuleFigure>> byClass = new TreeMap<>();
    byFunction.forEach(
        (code, figures) ->
            byClass.computeIfAbsent(code.substring(0, 3), k -> new ArrayList<>()).addAll(figures));
    byClass.forEach(
        (cls, figures) ->
            within(
                set,
                "政府采购 " + cls + " 类",
                figures,
                List.of(f.of(INCOME_EXPENDITURE_SUMMARY, "spending:" + cls, "spending")),
                out));
  }

  /** Whether 支出总表 prints rows by 7-digit function code. */
  private static boolean printsFunctions(Figures f) {
    return f.rows(EXPENDITURE_SUMMARY, r -> r.type() == RowType.DETAIL).stream()
        .anyMatch(r -> r.key().matches("^\\d{7}(\\|.*)?$"));
  }

  /** The procurement rows that name a function, by its code. */
  private static Map<String, List<RuleFigure>> byFunction(Figures f) {
    Map<String, List<RuleFigure>> out = new TreeMap<>();
    for (TableRow row : f.rows(PROCUREMENT, r -> r.type() != RowType.TEXT)) {
      String[] path = row.key().split(Pattern.quote(ProcurementBuilder.SEPARATOR));
      Matcher m = FUNCTION.matcher(path[path.length - 1]);
      if (m.find()) {
        out.computeIfAbsent(m.group(1), k -> new ArrayList<>())
            .add(f.of(PROCUREMENT, row.key(), "amount"));
      }
    }
    return out;
  }

  private static void within(
      TableSet set,
      String what,
      List<RuleFigure> procurement,
      List<RuleFigure> spending,
      List<Finding> out) {
    // a figure the family does not print checks nothing
    if (java.util.stream.Stream.concat(procurement.stream(), spending.stream())
        .anyMatch(x -> x.decimals() == Rounding.NOT_PRINTED)) {
      return;
    }
    RuleCheck check = RuleCheck.of(7, what + " ≤ 支出总表 对应支出", procurement, spending);
    Finding finding = RuleFindings.finding(check, CheckKind.IDENTITY, set);
    if (check.right().isZero() || check.status() != RuleStatus.FAIL) {
      // equal or within rounding; no spending printed (a WARN: a missing figure and a wrong one
      // cannot be told apart)
      out.add(finding);
      return;
    }
    boolean more = !check.difference().isNegative();
    String message =
        what
            + " "
            + Money.exact(check.left(), set.documentUnit())
            + (more ? " 超过" : " 不超过")
            + "支出总表对应支出 "
            + Money.exact(check.right(), set.documentUnit())
            + (more
                ? "，相差 "
                    + Money.exact(check.difference(), set.documentUnit())
                    + "：采购是支出的一部分，不能多于支出。"
                : "（采购是支出的一部分）。");
    out.add(
        new Finding(
            finding.rule(),
            finding.kind(),
            more ? CheckStatus.FAIL : CheckStatus.PASS,
            message,
            finding.place(),
            finding.figures(),
            finding.difference(),
            finding.toleranceFen()));
  }
}
