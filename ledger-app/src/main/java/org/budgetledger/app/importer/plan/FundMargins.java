package org.budgetledger.app.importer.plan;

import java.util.Arrays;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.FunctionExpenditureRow;
import org.budgetledger.app.importer.document.FunctionExpenditureTable;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.ThreePublicExpenses;
import org.budgetledger.core.model.FundSource;

/**
 * The published figures that say which fund pays: 政府性基金预算支出表 and 国有资本经营预算支出表 by function and 基本/项目
 * over their fund's cells, the 上年结转 一般公共预算 a document prints apart over the cells it pays, and,
 * when the document has non-fiscal money, the 财政拨款"三公"经费 over the fiscal cells of the 三公 economic
 * codes (a 公务用车购置 line that the 三公 table leaves out is then paid from other money).
 */
final class FundMargins {
  static final String THREE_PUBLIC = "t3p:";

  private FundMargins() {}

  static void collect(DisclosureDocument doc, String department, PlanMargins m) {
    fund(doc.governmentFundExpenditure(), FundSource.GOVERNMENT_FUND, "政府性基金预算支出表", "tgf", m);
    fund(doc.stateCapitalExpenditure(), FundSource.STATE_CAPITAL, "国有资本经营预算支出表", "tsc", m);
    carriedGeneralBudget(doc, department, m);
    NonFiscalByFunction.margins(doc, m);
    // with fiscal money only, the 三公 figures say which line pays only where a project line may pay
    if (m.hasCells(c -> !c.fiscal())
        || m.hasCells(LineCell::threePublicPart)
        || m.hasCells(LineCell::projectCode)) {
      threePublic(doc.threePublicExpenses(), m, m.hasCells(c -> !c.gap() && c.dept() != null));
    }
  }

  /** The lines 上年结转 一般公共预算 pays add up to the carry-over the document prints. */
  private static void carriedGeneralBudget(
      DisclosureDocument doc, String department, PlanMargins m) {
    Predicate<LineCell> carried = c -> c.source() == FundSource.GENERAL_BUDGET_CARRY_OVER;
    IncomeSummaryRow income = DocumentFunds.departmentRow(doc, department);
    if (income != null && m.hasCells(carried)) {
      PublishedAmount amount = income.amount(IncomeColumn.CARRY_OVER_GENERAL_BUDGET);
      m.add("tco:general", "财政拨款收支总表", "上年结转 一般公共预算", amount, 0, carried);
    }
    Predicate<LineCell> untyped = c -> c.source() == FundSource.FISCAL_CARRY_OVER;
    if (income != null && m.hasCells(untyped)) {
      PublishedAmount amount = income.amount(IncomeColumn.CARRY_OVER_FISCAL_UNTYPED);
      m.add("tco:fiscal", "财政拨款收支总表", "上年结转 财政拨款（资金性质未列示）", amount, 0, untyped);
    }
  }

  private static void fund(
      FunctionExpenditureTable t, FundSource fund, String table, String prefix, PlanMargins m) {
    if (t == null || t.notApplicable()) {
      return;
    }
    Predicate<LineCell> of = c -> c.source() == fund;
    for (FunctionExpenditureRow r : FundGrid.leafRows(t)) {
      String code = r.functionCode();
      Predicate<LineCell> row = c -> of.test(c) && c.function().startsWith(code);
      figures(prefix + ":" + r.lineNo(), table, code + " ", r, row, m);
    }
    if (t.total() != null) {
      figures(prefix + ":total", table, "合计 ", t.total(), of, m);
    }
  }

  private static void figures(
      String id,
      String table,
      String where,
      FunctionExpenditureRow r,
      Predicate<LineCell> cells,
      PlanMargins m) {
    m.add(id + ":total", table, where + "合计", r.total(), r.lineNo(), cells);
    m.add(
        id + ":basic",
        table,
        where + "基本支出",
        r.basic(),
        r.lineNo(),
        c -> cells.test(c) && c.kind().isBasic());
    m.add(
        id + ":project",
        table,
        where + "项目支出",
        r.project(),
        r.lineNo(),
        c -> cells.test(c) && c.kind().isProject());
  }

  // lines without economic codes cannot hold the 三公 figures, which are sums of 302/310 codes
  private static void threePublic(ThreePublicExpenses t, PlanMargins m, boolean coded) {
    if (t == null || t.notApplicable() || !coded) {
      return;
    }
    String table = "财政拨款“三公”经费支出表";
    for (ThreePublicItems.Item item : ThreePublicItems.ITEMS) {
      threePublic(
          THREE_PUBLIC + item.margin(),
          table,
          item.name(),
          item.amount().apply(t),
          t.lineNo(),
          m,
          item.code());
    }
    String[] threePublicCodes = codes(ThreePublicItems.THREE_PUBLIC);
    if (t.totalAddsMeetingsAndTraining()) {
      threePublic(
          THREE_PUBLIC + "subtotal",
          table,
          "“三公”经费小计",
          t.threePublicSubtotal(),
          t.lineNo(),
          m,
          threePublicCodes);
      threePublic(
          THREE_PUBLIC + "total",
          table,
          "合计",
          t.total(),
          t.lineNo(),
          m,
          codes(ThreePublicItems.ITEMS));
      return;
    }
    if (!totalOfItsItems(t)) {
      // a 合计 larger than its items, printed without the items' own 小计: what else it adds no
      // column says (a title may name 会议费 and 培训费), so the items fix the lines and the 合计 is
      // the reconciliation's to report, like for like
      return;
    }
    threePublic(THREE_PUBLIC + "total", table, "合计", t.total(), t.lineNo(), m, threePublicCodes);
  }

  private static String[] codes(java.util.List<ThreePublicItems.Item> items) {
    return items.stream().map(ThreePublicItems.Item::code).toArray(String[]::new);
  }

  /**
   * Whether the 合计 is no more than its four 三公 items within their rounding: a larger one holds
   * spending on other codes that its table prints beside them.
   */
  static boolean totalOfItsItems(ThreePublicExpenses t) {
    if (!LineGrid.present(t.total())) {
      return true;
    }
    long items = 0;
    long tolerance = halfUnit(t.total());
    for (ThreePublicItems.Item item : ThreePublicItems.THREE_PUBLIC) {
      PublishedAmount a = item.amount().apply(t);
      if (LineGrid.present(a)) {
        items += a.value().value();
        tolerance += halfUnit(a);
      }
    }
    return t.total().value().value() - items <= tolerance;
  }

  private static long halfUnit(PublishedAmount amount) {
    return amount.roundingFen();
  }

  private static void threePublic(
      String id,
      String table,
      String column,
      PublishedAmount amount,
      int lineNo,
      PlanMargins m,
      String... deptPrefixes) {
    // where the codes come from 基本支出表 only (a 支出总表 by function), an item paid from 项目支出
    // has no coded line to hold it: the item is then reported by the reconciliation, not a margin
    boolean codesFromBasicTable = m.hasCells(LineCell::spread);
    if (codesFromBasicTable
        && !m.hasCells(
            c ->
                c.fiscal()
                    && c.dept() != null
                    && Arrays.stream(deptPrefixes).anyMatch(p -> c.dept().startsWith(p)))) {
      return;
    }
    m.add(
        id,
        table,
        column,
        amount,
        lineNo,
        c ->
            c.fiscal()
                && !c.gap()
                && c.dept() != null
                && Arrays.stream(deptPrefixes).anyMatch(p -> c.dept().startsWith(p)));
  }
}
