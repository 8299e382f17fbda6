package org.budgetledger.app.importer.plan;

import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.BasicExpenditureRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ExpenditureSummaryRow;
import org.budgetledger.app.importer.document.FundingCell;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.app.importer.document.IncomeExpenditureTable;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.ProjectEconomicRow;
import org.budgetledger.app.importer.document.SummaryItem;
import org.budgetledger.core.model.ExpenditureKind;

/**
 * Which published figures constrain the lines (DOMAIN §4-5): 支出总表 rows and totals, 一般公共预算 支出表 per
 * unit and function, 基本支出表 per economic code, 收支总表 and 财政拨款收支总表 per 类, 收入总表 per unit, 部门整体绩效目标
 * totals.
 */
final class DocumentMargins {
  private static final String T03 = "预算03表 支出总表";
  private static final String T06 = "一般公共预算支出表";
  private static final String T07 = "一般公共预算基本支出表";
  private static final String T14 = "一般公共预算项目支出表（按经济分类科目）";

  private DocumentMargins() {}

  static void collect(DisclosureDocument doc, String department, PlanMargins m) {
    expenditureSummary(doc, m);
    generalBudget(doc, department, m);
    UnitExpenditureMargins.collect(doc, department, m);
    basic(doc, m);
    projectEconomic(doc, m);
    EconomicSpendingMargins.collect(doc, m);
    BasicSummaryMargins.collect(doc, m);
    summary(doc.incomeExpenditureSummary(), "收支总表", "t01", c -> true, m);
    summary(doc.fiscalAppropriationSummary(), "财政拨款收支总表", "t05", LineCell::fiscal, m);
    if (!keepsIncomeUnspent(doc)) {
      income(doc, department, m);
    }
    performance(doc, m);
    FundMargins.collect(doc, department, m);
    long yearEnd =
        keepsIncomeUnspent(doc)
            ? doc.incomeExpenditureSummary().yearEndBalance().value().value()
            : 0;
    IncomeMargins.collect(doc, department, yearEnd, m);
  }

  private static void expenditureSummary(DisclosureDocument doc, PlanMargins m) {
    for (ExpenditureSummaryRow r : doc.expenditureSummary().rows()) {
      String key =
          r.function().code()
              + "|"
              + (r.govEconomic() == null ? null : r.govEconomic().code())
              + "|"
              + (r.deptEconomic() == null ? null : r.deptEconomic().code());
      String id = "t03:" + r.lineNo() + ":";
      m.add(
          id + "basic",
          T03,
          "基本支出 " + key,
          r.basic(),
          r.lineNo(),
          c -> !c.gap() && c.expenditureRow().equals(key) && c.kind().isBasic());
      m.add(
          id + "project",
          T03,
          "项目支出 " + key,
          r.project(),
          r.lineNo(),
          c -> !c.gap() && c.expenditureRow().equals(key) && c.kind().isProject());
      m.add(
          id + "total",
          T03,
          "合计 " + key,
          r.total(),
          r.lineNo(),
          c -> !c.gap() && c.expenditureRow().equals(key));
    }
    ExpenditureSummaryRow t = doc.expenditureSummary().total();
    if (t != null) {
      m.add("t03:total:basic", T03, "合计 / 基本支出", t.basic(), t.lineNo(), c -> c.kind().isBasic());
      m.add(
          "t03:total:project",
          T03,
          "合计 / 项目支出",
          t.project(),
          t.lineNo(),
          c -> c.kind().isProject());
      m.add("t03:total:total", T03, "合计", t.total(), t.lineNo(), c -> true);
    }
  }

  private static void generalBudget(DisclosureDocument doc, String department, PlanMargins m) {
    if (doc.generalBudgetExpenditure() == null) {
      return;
    }
    for (GeneralBudgetRow r : doc.generalBudgetExpenditure().rows()) {
      String unit = LineGrid.unitCode(department, r);
      String f = r.functionCode();
      String id = "t06:" + r.lineNo() + ":";
      String where = unit + " " + f;
      Predicate<LineCell> at =
          c -> c.general() && !c.gap() && c.unit().equals(unit) && c.function().equals(f);
      m.add(
          id + "personnel",
          T06,
          "人员经费 " + where,
          r.personnel(),
          r.lineNo(),
          c -> at.test(c) && c.kind() == ExpenditureKind.BASIC_PERSONNEL);
      m.add(
          id + "public",
          T06,
          "公用经费 " + where,
          r.publicOperating(),
          r.lineNo(),
          c -> at.test(c) && c.kind() == ExpenditureKind.BASIC_PUBLIC);
      m.add(
          id + "basic",
          T06,
          "基本支出小计 " + where,
          r.basic(),
          r.lineNo(),
          c -> at.test(c) && c.kind().isBasic());
      m.add(
          id + "project",
          T06,
          "项目支出 " + where,
          r.project(),
          r.lineNo(),
          c -> at.test(c) && c.kind().isProject());
      m.add(id + "total", T06, "合计 " + where, r.total(), r.lineNo(), at);
    }
    GeneralBudgetRow t = doc.generalBudgetExpenditure().total();
    if (t != null) {
      m.add(
          "t06:total:personnel",
          T06,
          "合计 / 人员经费",
          t.personnel(),
          t.lineNo(),
          c -> c.general() && c.kind() == ExpenditureKind.BASIC_PERSONNEL);
      m.add(
          "t06:total:public",
          T06,
          "合计 / 公用经费",
          t.publicOperating(),
          t.lineNo(),
          c -> c.general() && c.kind() == ExpenditureKind.BASIC_PUBLIC);
      m.add(
          "t06:total:basic",
          T06,
          "合计 / 基本支出",
          t.basic(),
          t.lineNo(),
          c -> c.general() && c.kind().isBasic());
      m.add(
          "t06:total:project",
          T06,
          "合计 / 项目支出",
          t.project(),
          t.lineNo(),
          c -> c.general() && c.kind().isProject());
      m.add("t06:total:total", T06, "合计", t.total(), t.lineNo(), LineCell::general);
    }
  }

  private static void basic(DisclosureDocument doc, PlanMargins m) {
    if (doc.generalBudgetBasic() == null) {
      return;
    }
    // lines by function only (no table gives them codes) meet 基本支出表 only in its totals
    boolean coded =
        m.hasCells(c -> !c.gap() && c.dept() != null && !c.threePublicPart() && !c.projectCode());
    for (BasicExpenditureRow r :
        coded ? doc.generalBudgetBasic().rows() : List.<BasicExpenditureRow>of()) {
      // a family printing 部门经济分类 only: the row is its code, whatever the 政府 one
      String g = r.govEconomic() == null ? null : r.govEconomic().code();
      String d = r.deptEconomic().code();
      String id = "t07:" + r.lineNo() + ":";
      Predicate<LineCell> at =
          c -> c.general() && !c.gap() && (g == null || g.equals(c.gov())) && d.equals(c.dept());
      m.add(
          id + "personnel",
          T07,
          "人员经费 " + g + "|" + d,
          r.personnel(),
          r.lineNo(),
          c -> at.test(c) && c.kind() == ExpenditureKind.BASIC_PERSONNEL);
      m.add(
          id + "public",
          T07,
          "公用经费 " + g + "|" + d,
          r.publicOperating(),
          r.lineNo(),
          c -> at.test(c) && c.kind() == ExpenditureKind.BASIC_PUBLIC);
      m.add(
          id + "total",
          T07,
          "合计 " + g + "|" + d,
          r.total(),
          r.lineNo(),
          c -> at.test(c) && c.kind().isBasic());
    }
    BasicExpenditureRow t = doc.generalBudgetBasic().total();
    if (t != null) {
      m.add(
          "t07:total:personnel",
          T07,
          "合计 / 人员经费",
          t.personnel(),
          t.lineNo(),
          c -> c.general() && c.kind() == ExpenditureKind.BASIC_PERSONNEL);
      m.add(
          "t07:total:public",
          T07,
          "合计 / 公用经费",
          t.publicOperating(),
          t.lineNo(),
          c -> c.general() && c.kind() == ExpenditureKind.BASIC_PUBLIC);
      m.add(
          "t07:total:total",
          T07,
          "合计",
          t.total(),
          t.lineNo(),
          c -> c.general() && c.kind().isBasic());
    }
  }

  /**
   * The 项目支出 table by economic code, where the lines carry its codes ({@link ProjectCodes}): each
   * row the 一般公共预算 project cells of its code, its 合计 all of them.
   */
  private static void projectEconomic(DisclosureDocument doc, PlanMargins m) {
    if (doc.generalBudgetProjectEconomic() == null || !m.hasCells(LineCell::projectCode)) {
      return;
    }
    Predicate<LineCell> project = c -> c.general() && !c.gap() && c.kind().isProject();
    // a row whose code no line carries (a 类 printed without its codes) is the reconciliation's
    // to report, not a figure without lines
    var spread = ProjectCodes.printed(doc).stream().map(BasicCodes.Pair::dept).toList();
    for (ProjectEconomicRow r : doc.generalBudgetProjectEconomic().rows()) {
      String d = r.deptEconomic().code();
      if (!spread.contains(d)) {
        continue;
      }
      m.add(
          "t14:" + r.lineNo(),
          T14,
          "合计 " + d,
          r.total(),
          r.lineNo(),
          c -> project.test(c) && d.equals(c.dept()));
    }
    ProjectEconomicRow t = doc.generalBudgetProjectEconomic().total();
    if (t != null) {
      m.add("t14:total", T14, "合计", t.total(), t.lineNo(), project);
    }
  }

  /**
   * A 收支总表's spending by 类 over the cells of its scope. 支出总计 includes the 年终结转结余 the budget keeps
   * unspent, so it bounds the lines only when that is empty.
   */
  private static void summary(
      IncomeExpenditureTable t,
      String table,
      String prefix,
      Predicate<LineCell> scope,
      PlanMargins m) {
    if (t == null) {
      return;
    }
    for (SummaryItem item : t.spendingByClass()) {
      String code = GapFinder.classCode(item.label());
      var uses = SpendingUses.kinds(item.label());
      if (code == null && uses != null) {
        // a row by use (基本支出, 项目支出, 单位预留机动经费) covers the lines of its kinds
        m.add(
            prefix + ":use:" + item.label(),
            table,
            item.label(),
            item.amount(),
            item.lineNo(),
            c -> scope.test(c) && uses.test(c.kind()));
      }
      if (code != null) {
        m.add(
            prefix + ":" + code,
            table,
            item.label(),
            item.amount(),
            item.lineNo(),
            c -> scope.test(c) && c.classCode().equals(code));
      }
    }
    m.add(prefix + ":spending", table, "本年支出合计", t.spendingThisYear(), 0, scope);
    if (!LineGrid.present(t.yearEndBalance())) {
      m.add(prefix + ":grand", table, "支出总计", t.spendingGrandTotal(), 0, scope);
    }
  }

  /** 收入总表 then includes the 年终结转结余, which no line of spending holds. */
  static boolean keepsIncomeUnspent(DisclosureDocument doc) {
    return doc.incomeExpenditureSummary() != null
        && LineGrid.present(doc.incomeExpenditureSummary().yearEndBalance());
  }

  private static void income(DisclosureDocument doc, String department, PlanMargins m) {
    if (doc.incomeSummary() == null) {
      return;
    }
    for (IncomeSummaryRow r : doc.incomeSummary().rows()) {
      String code = r.code();
      boolean department_ = code == null || code.equals(department);
      m.add(
          "t02:" + r.lineNo(),
          "收入总表",
          "合计 " + (code == null ? "" : code),
          r.total(),
          r.lineNo(),
          c -> department_ || c.unit().equals(code));
    }
    IncomeSummaryRow total = doc.incomeSummary().total();
    if (total != null) {
      m.add("t02:total", "收入总表", "合计", total.total(), total.lineNo(), c -> true);
    }
  }

  /**
   * 部门整体绩效目标 totals; its 总体资金情况 prints 基本/项目 under 财政拨款 and again under 其他资金 (only the first column
   * of each group names it), so each figure covers its group's cells.
   */
  private static void performance(DisclosureDocument doc, PlanMargins m) {
    if (doc.departmentPerformance() == null) {
      return;
    }
    String table = "部门整体支出绩效目标表";
    m.add("t13:total", table, "预算支出总额", doc.departmentPerformance().budgetTotal(), 0, c -> true);
    List<FundingCell> funding = doc.departmentPerformance().funding();
    Predicate<LineCell> group = c -> true;
    for (int i = 0; i < funding.size(); i++) {
      FundingCell f = funding.get(i);
      if (f.label().startsWith("财政拨款")) {
        group = LineCell::fiscal;
      } else if (f.label().startsWith("其他资金")) {
        group = c -> !c.fiscal();
      }
      Predicate<LineCell> scope = group;
      String id = "t13:funding:" + i;
      if (f.label().contains("基本")) {
        m.add(id, table, f.label(), f.amount(), 0, c -> scope.test(c) && c.kind().isBasic());
      } else if (f.label().contains("项目")) {
        m.add(id, table, f.label(), f.amount(), 0, c -> scope.test(c) && c.kind().isProject());
      } else if (f.label().contains("/合计")) {
        m.add(id, table, f.label(), f.amount(), 0, scope);
      }
    }
  }
}
