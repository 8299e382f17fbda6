package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.DocumentUnit;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.Unit;
import org.budgetledger.core.model.UnitCode;

/** The budget's units: those the document lists, and the two the ledger adds when it must. */
record DocumentUnits(List<Unit> units) {

  static DocumentUnits of(
      DisclosureDocument doc,
      String department,
      boolean hasGap,
      boolean departmentSpends,
      boolean departmentIncome,
      List<String> notes) {
    List<Unit> units = new ArrayList<>();
    for (DocumentUnit u : doc.units()) {
      String code = DocumentCodes.unitCode(department, u);
      String name = u.isNamed() ? u.name() : "单位" + u.ordinal() + "（文件未列名称，可改名）";
      units.add(new Unit(UnitCode.of(code), name, ""));
    }
    if (doc.header().departmentCode() == null) {
      notes.add("文件未印部门编码：账本使用 " + department);
    }
    if (hasGap) {
      units.add(new Unit(UnitCode.of(DocumentCodes.gapUnitCode(department)), "文本缺失的明细（待补录）", "占位"));
    }
    boolean unitIncome =
        doc.incomeSummary() != null
            && doc.incomeSummary().rows().stream()
                .anyMatch(r -> r.code() != null && !r.code().equals(department));
    String own = DocumentCodes.departmentIncomeUnitCode(department);
    if (!unitIncome && (departmentSpends || departmentIncome)) {
      units.add(
          new Unit(
              UnitCode.of(own),
              doc.header().departmentName() + (departmentSpends ? "（部门收支，未分单位）" : "（部门收入，未分单位）"),
              "部门"));
    }
    if (!unitIncome && departmentIncome) {
      notes.add("收入按整个部门记录：记在单位 " + own);
    }
    addIncomeUnits(doc, units, notes);
    return new DocumentUnits(units);
  }

  /**
   * The units a 收入总表 printed by unit names that no other table lists: units of the budget, so that
   * reviewers see their income.
   */
  private static void addIncomeUnits(DisclosureDocument doc, List<Unit> units, List<String> notes) {
    if (doc.incomeSummary() == null || doc.incomeSummary().units().isEmpty()) {
      return;
    }
    int added = 0;
    for (IncomeSummaryRow row : doc.incomeSummary().units()) {
      UnitCode code = UnitCode.of(row.code());
      if (units.stream().noneMatch(u -> u.code().equals(code))) {
        units.add(new Unit(code, row.name(), ""));
        added++;
      }
    }
    notes.add(
        "收入总表按单位列示 "
            + doc.incomeSummary().units().size()
            + " 个单位（其中 "
            + added
            + " 个仅见于此表）：各单位收入按表列数记录");
  }
}
