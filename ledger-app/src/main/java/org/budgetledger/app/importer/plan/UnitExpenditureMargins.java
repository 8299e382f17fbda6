package org.budgetledger.app.importer.plan;

import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.GeneralBudgetRow;

/**
 * 支出总表 by unit (a 支出总表 printed unit by unit): each unit's row of a function is a margin over that
 * unit's lines of the function, of every fund source, by 合计, 基本支出 and 项目支出. With 一般公共预算支出表's rows
 * by unit fixing the unit's 一般公共预算 lines, what a unit spends beyond them is its money of the other
 * sources, placed on the unit as printed ({@link UnitPayers}), never spread by guess.
 */
final class UnitExpenditureMargins {
  private static final String TABLE = "支出总表（按单位）";

  private UnitExpenditureMargins() {}

  static void collect(DisclosureDocument doc, String department, PlanMargins m) {
    if (doc.expenditureByUnit() == null) {
      return;
    }
    for (GeneralBudgetRow r : doc.expenditureByUnit().rows()) {
      String unit = LineGrid.unitCode(department, r);
      String f = r.functionCode();
      String id = "t24:" + r.lineNo() + ":";
      String where = unit + " " + f;
      Predicate<LineCell> at = c -> !c.gap() && c.unit().equals(unit) && c.function().equals(f);
      m.add(
          id + "basic",
          TABLE,
          "基本支出 " + where,
          r.basic(),
          r.lineNo(),
          c -> at.test(c) && c.kind().isBasic());
      m.add(
          id + "project",
          TABLE,
          "项目支出 " + where,
          r.project(),
          r.lineNo(),
          c -> at.test(c) && c.kind().isProject());
      m.add(id + "total", TABLE, "合计 " + where, r.total(), r.lineNo(), at);
    }
  }
}
