package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.DocumentUnit;
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
    if (!unitIncome) {
      units.add(
          new Unit(
              UnitCode.of(DocumentCodes.departmentIncomeUnitCode(department)),
              doc.header().departmentName() + (departmentSpends ? "（部门收支，未分单位）" : "（部门收入，未分单位）"),
              "部门"));
      notes.add("收入按整个部门记录：记在单位 " + DocumentCodes.departmentIncomeUnitCode(department));
    }
    return new DocumentUnits(units);
  }
}
