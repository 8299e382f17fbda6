package org.budgetledger.app.importer.plan;

import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.BasicSummaryRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.FundSource;

/**
 * 基本支出总表's figures as margins of the basic lines: its 合计 and each unit's row per fund column (the
 * unit's basic cells of the column's sources), and each unit's 类 rows in the 一般公共预算 column (the
 * unit's 一般公共预算 basic cells spread over 基本支出表's codes of that 类, {@link BasicCodes}). A 类 figure of
 * another source is no margin: those lines carry no economic code (no table prints them by code and
 * unit), so the rebuilt table shows that money without its 类 and the comparison says so. A row
 * naming a unit no other table has is left to the comparison, never forced onto other units' lines.
 */
final class BasicSummaryMargins {
  private static final String T15 = "基本支出总表";

  private BasicSummaryMargins() {}

  /** The sources each fund column sums, in {@link BasicSummaryRow#COLUMNS} order. */
  private static final List<Predicate<LineCell>> COLUMNS =
      List.of(
          c -> true,
          LineCell::fiscal,
          LineCell::general,
          c -> c.source() == FundSource.GOVERNMENT_FUND,
          c -> c.source() == FundSource.STATE_CAPITAL,
          c -> c.source() == FundSource.FISCAL_SPECIAL_ACCOUNT,
          c -> !c.fiscal() && c.source() != FundSource.FISCAL_SPECIAL_ACCOUNT);

  static void collect(DisclosureDocument doc, PlanMargins m) {
    if (doc.basicExpenditureSummary() == null) {
      return;
    }
    Predicate<LineCell> basic = c -> !c.gap() && c.kind().isBasic();
    BasicSummaryRow total = doc.basicExpenditureSummary().total();
    if (total != null) {
      figures("t15:total", total, basic, m);
    }
    for (BasicSummaryRow r : doc.basicExpenditureSummary().rows()) {
      if (r.unit() == null) {
        continue;
      }
      String u = r.unit().code();
      Predicate<LineCell> unit = c -> basic.test(c) && u.equals(c.unit());
      if (!m.hasCells(unit)) {
        continue;
      }
      if (r.economicClass() == null) {
        figures("t15:" + u, r, unit, m);
        continue;
      }
      String cls = r.economicClass().code();
      Predicate<LineCell> coded =
          c -> unit.test(c) && c.general() && c.dept() != null && c.dept().startsWith(cls);
      if (m.hasCells(coded)) {
        m.add(
            "t15:" + u + "|" + cls + ":generalBudget",
            T15,
            "一般公共预算 " + u + "|" + cls,
            r.figures().get(2),
            r.lineNo(),
            coded);
      }
    }
  }

  private static void figures(
      String id, BasicSummaryRow r, Predicate<LineCell> row, PlanMargins m) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      Predicate<LineCell> column = COLUMNS.get(i);
      PublishedAmount amount = r.figures().get(i);
      if (m.hasCells(c -> row.test(c) && column.test(c))) {
        m.add(
            id + ":" + i,
            T15,
            BasicSummaryRow.COLUMNS.get(i) + " " + id,
            amount,
            r.lineNo(),
            c -> row.test(c) && column.test(c));
      }
    }
  }
}
