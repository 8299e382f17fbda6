package org.budgetledger.projections.checks;

import static org.budgetledger.projections.tables.TableKind.EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_BASIC;
import static org.budgetledger.projections.tables.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.THREE_PUBLIC_EXPENSES;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.projections.reconciliation.Figures;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * Family 2, identities across tables: the rules of DOMAIN §5 that span tables (the Beijing
 * profile's, which the families share: 收支总表, 收入总表, 支出总表, 财政拨款收支总表 and the 一般公共 预算 tables), plus the
 * 三公 table against the 302/310 lines it comes from, 收支总表 against 财政拨款收支总表 (equal only without
 * non-fiscal money; with it, apart by exactly that money), 政府采购 within the spending it tags ({@link
 * ProcurementWithinSpending}), and 机关运行经费 against 公用经费. An identity that needs fiscal money alone
 * is checked only then.
 */
final class IdentityChecks {
  private static final List<String> NON_FISCAL =
      List.of(
          "FISCAL_SPECIAL_ACCOUNT",
          "BUSINESS_INCOME",
          "OPERATING_INCOME",
          "SUPERIOR_SUBSIDY",
          "AFFILIATE_REMITTANCE",
          "OTHER_INCOME");
  private static final List<String> NON_FISCAL_CARRY_OVER =
      List.of("carryOver:FISCAL_SPECIAL_ACCOUNT", "carryOver:UNIT_FUNDS");

  private IdentityChecks() {}

  static void run(
      CheckedDocument document,
      List<RuleCheck> rules,
      List<Paragraph> paragraphs,
      List<Finding> out) {
    TableSet set = document.tables();
    for (RuleCheck check : rules) {
      if (!RuleFindings.quotesText(check) && !RuleFindings.withinOneTable(check)) {
        out.add(RuleFindings.finding(check, CheckKind.IDENTITY, set));
      }
    }
    Figures f = new Figures(set);
    fiscalAgainstWhole(f, set, out);
    threePublic(f, set, out);
    ProcurementWithinSpending.check(f, set, out);
    runningCosts(f, set, paragraphs, out);
  }

  /** 收支总表 收入总计 = 财政拨款收支总表 收入总计 + the non-fiscal income and carry-over. */
  private static void fiscalAgainstWhole(Figures f, TableSet set, List<Finding> out) {
    if (!f.has(INCOME_EXPENDITURE_SUMMARY) || !f.has(FISCAL_APPROPRIATION_SUMMARY)) {
      return;
    }
    List<RuleFigure> nonFiscal = new ArrayList<>();
    NON_FISCAL.forEach(
        s -> nonFiscal.add(f.of(INCOME_EXPENDITURE_SUMMARY, "income:" + s, "income")));
    if (f.has(INCOME_SUMMARY)) {
      NON_FISCAL_CARRY_OVER.forEach(s -> nonFiscal.add(f.of(INCOME_SUMMARY, "total", s)));
      UndividedCarryOver.nonFiscal(f, set).ifPresent(nonFiscal::add);
    }
    List<RuleFigure> present = nonFiscal.stream().filter(x -> !x.amount().isZero()).toList();
    RuleFigure whole = f.of(INCOME_EXPENDITURE_SUMMARY, "totals:grand", "income");
    RuleFigure fiscal = f.of(FISCAL_APPROPRIATION_SUMMARY, "totals:grand", "income");
    if (present.isEmpty()) {
      out.add(
          RuleFindings.finding(
              RuleCheck.of(
                  2, "收支总表 收入总计 = 财政拨款收支总表 收入总计" + "（无非财政拨款资金）", List.of(whole), List.of(fiscal)),
              CheckKind.IDENTITY,
              set));
      return;
    }
    if (!f.has(INCOME_SUMMARY)
        && f.rows(INCOME_EXPENDITURE_SUMMARY, Figures.keyStarts("income:")).isEmpty()) {
      out.add(
          Finding.of(
              "收支总表与财政拨款收支总表",
              CheckKind.IDENTITY,
              CheckStatus.WARN,
              "文件有非财政拨款资金，但未列出其金额，无法判定两表总计之差是否恰为该资金。",
              Place.table(INCOME_EXPENDITURE_SUMMARY, set.number(INCOME_EXPENDITURE_SUMMARY))));
      return;
    }
    List<RuleFigure> right = new ArrayList<>(List.of(fiscal));
    right.addAll(present);
    out.add(
        RuleFindings.finding(
            RuleCheck.of(
                2,
                "收支总表 收入总计 = 财政拨款收支总表 收入总计" + " + 非财政拨款资金（两表因非财政拨款资金合理不等）",
                List.of(whole),
                right),
            CheckKind.IDENTITY,
            set));
  }

  /**
   * The 三公 table (财政拨款) against the lines by 部门经济分类: 因公出国 302 12, 公务接待 302 17, 公务用车运行维护 302 31,
   * 公务用车购置 310 13 / 309 13, in 支出总表 (all funds). Equal when all money is 财政拨款; otherwise the table
   * may be smaller (WARN) but never larger (FAIL).
   */
  private static void threePublic(Figures f, TableSet set, List<Finding> out) {
    if (!f.has(THREE_PUBLIC_EXPENSES) || !f.has(EXPENDITURE_SUMMARY)) {
      return;
    }
    TableRow row =
        f.rows(THREE_PUBLIC_EXPENSES, r -> r.type() != RowType.TEXT).stream()
            .findFirst()
            .orElse(null);
    if (row == null) {
      return;
    }
    // A 支出总表 by function alone (部门经济分类 not printed) holds no 302 12 / 302 17 lines.
    if (f.rows(EXPENDITURE_SUMMARY, r -> r.type() == RowType.DETAIL).stream()
        .allMatch(r -> deptEconomic(r).equals("-") || deptEconomic(r).isEmpty())) {
      out.add(
          Finding.of(
              "“三公”经费与支出总表",
              CheckKind.IDENTITY,
              CheckStatus.WARN,
              "支出总表不列部门经济分类，无法按 30212、30217、30231、31013 核对“三公”经费。",
              Place.table(THREE_PUBLIC_EXPENSES, set.number(THREE_PUBLIC_EXPENSES))));
      return;
    }
    boolean allFiscal =
        f.rows(INCOME_EXPENDITURE_SUMMARY, Figures.keyStarts("income:")).stream()
            .filter(r -> NON_FISCAL.stream().anyMatch(s -> r.key().equals("income:" + s)))
            .allMatch(r -> f.of(INCOME_EXPENDITURE_SUMMARY, r.key(), "income").amount().isZero());
    line(f, set, row, "abroad", "因公出国（境）费用", c -> c.startsWith("30212"), allFiscal, out);
    line(f, set, row, "reception", "公务接待费", c -> c.startsWith("30217"), allFiscal, out);
    line(f, set, row, "vehicleOperation", "公务用车运行维护费", c -> c.startsWith("30231"), allFiscal, out);
    line(
        f,
        set,
        row,
        "vehiclePurchase",
        "公务用车购置费",
        c -> c.startsWith("31013") || c.startsWith("30913"),
        allFiscal,
        out);
    // printed beside the 三公 items by some families only
    if (row.cell("meetings").isPresent()) {
      line(f, set, row, "meetings", "会议费", c -> c.startsWith("30215"), allFiscal, out);
    }
    if (row.cell("training").isPresent()) {
      line(f, set, row, "training", "培训费", c -> c.startsWith("30216"), allFiscal, out);
    }
  }

  private static void line(
      Figures f,
      TableSet set,
      TableRow row,
      String column,
      String name,
      Predicate<String> econ,
      boolean allFiscal,
      List<Finding> out) {
    List<RuleFigure> lines =
        f
            .rows(
                EXPENDITURE_SUMMARY, r -> r.type() == RowType.DETAIL && econ.test(deptEconomic(r)))
            .stream()
            .map(r -> f.of(EXPENDITURE_SUMMARY, r.key(), "total"))
            .toList();
    RuleFigure table = f.of(THREE_PUBLIC_EXPENSES, row.key(), column);
    if (lines.isEmpty() && table.amount().isZero()) {
      return;
    }
    RuleCheck check = RuleCheck.of(2, "“三公”经费 " + name + " = 支出总表 对应经济科目之和", List.of(table), lines);
    Finding finding = RuleFindings.finding(check, CheckKind.IDENTITY, set);
    if (!allFiscal && finding.status() == CheckStatus.FAIL && check.difference().isNegative()) {
      finding =
          new Finding(
              finding.rule(),
              finding.kind(),
              CheckStatus.WARN,
              finding.message() + "“三公”经费表只含财政拨款，本文件另有非财政拨款资金，可能支付其余部分，无法判定。",
              finding.place(),
              finding.figures(),
              finding.difference(),
              finding.toleranceFen());
    }
    out.add(finding);
  }

  private static String deptEconomic(TableRow row) {
    String[] parts = row.key().split("\\|");
    if (parts.length >= 3) {
      return parts[2];
    }
    return row.cell("deptEconomic").map(TableCell::text).orElse("");
  }

  /**
   * 机关运行经费 (quoted in 情况说明) is the 公用经费 of the administrative units and those run as civil service:
   * equal to the 基本支出表's 公用经费 when every unit is such a unit, less when the department has public
   * institutions (WARN: the tables do not say which units are which), never more (FAIL).
   */
  private static void runningCosts(
      Figures f, TableSet set, List<Paragraph> paragraphs, List<Finding> out) {
    if (!f.has(GENERAL_BUDGET_BASIC)) {
      return;
    }
    RuleFigure publicCosts = f.of(GENERAL_BUDGET_BASIC, "total", "public");
    for (Paragraph paragraph : paragraphs) {
      for (Quote q : Quotes.in(paragraph)) {
        if (q.comparison() || !q.label().contains("机关运行经费")) {
          continue;
        }
        RuleCheck check =
            RuleCheck.of(
                2,
                "机关运行经费 = 基本支出表 公用经费",
                List.of(TextChecks.quoteFigure(q, "机关运行经费")),
                List.of(publicCosts));
        Finding finding = RuleFindings.finding(check, CheckKind.IDENTITY, set);
        CheckStatus status = finding.status();
        String message =
            "情况说明所述机关运行经费 "
                + q.printed()
                + " "
                + q.unit()
                + "，"
                + set.number(GENERAL_BUDGET_BASIC)
                + "公用经费合计 "
                + Money.exact(publicCosts.amount(), set.documentUnit());
        if (status == CheckStatus.FAIL && check.difference().isNegative()) {
          status = CheckStatus.WARN;
          message += "；机关运行经费只计行政单位和参照公务员法管理事业单位的公用经费，少于全部公用经费可以成立，" + "表中未区分单位类型，无法判定。";
        } else if (status == CheckStatus.FAIL) {
          message += "；机关运行经费不能超过公用经费，两者不符。";
        } else {
          message += "，一致。";
        }
        out.add(
            new Finding(
                "机关运行经费与公用经费",
                CheckKind.IDENTITY,
                status,
                message,
                q.place(),
                finding.figures(),
                finding.difference(),
                finding.toleranceFen()));
      }
    }
  }
}
