package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/** Tells which unit a 一般公共预算支出表 row belongs to, numbering the units 1..n as they appear. */
final class UnitSplitter {
  private final List<DocumentUnit> units = new ArrayList<>();
  private String previousCode;
  private boolean unnamed;

  /** The unit printed in the row's first cell, {@code 201002-北京市东城区医 疗保险事务管理中心}. */
  DocumentUnit printed(SourceLine row, String cell, CellReader reader) {
    CodedName coded = CodedName.parse(cell).orElse(null);
    if (coded == null) {
      reader.problem(row, "单位名称", ProblemKind.NOT_A_UNIT, cell);
      return null;
    }
    for (DocumentUnit unit : units) {
      if (unit.code().equals(coded.code())) {
        return unit;
      }
    }
    DocumentUnit unit =
        new DocumentUnit(units.size() + 1, coded.code(), coded.name(), row.lineNo());
    units.add(unit);
    return unit;
  }

  /** A code not greater than the previous one starts the next unit (codes ascend in a unit). */
  DocumentUnit byAscendingCodes(SourceLine row, String functionCode) {
    unnamed = true;
    if (previousCode == null || functionCode.compareTo(previousCode) <= 0) {
      units.add(new DocumentUnit(units.size() + 1, null, null, row.lineNo()));
    }
    previousCode = functionCode;
    return units.get(units.size() - 1);
  }

  boolean unnamed() {
    return unnamed;
  }

  List<DocumentUnit> units() {
    return List.copyOf(units);
  }
}
