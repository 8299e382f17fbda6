package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The department and its units as 收入总表 prints them: the coded row whose code begins every other
 * code ({@code 201}) is the department, the others ({@code 201001}, {@code 201002}) its units.
 */
final class DepartmentUnits {
  private DepartmentUnits() {}

  static IncomeSummaryRow departmentRow(IncomeSummary table) {
    List<IncomeSummaryRow> coded = coded(table);
    for (IncomeSummaryRow candidate : coded) {
      boolean prefixesAll =
          coded.size() > 1
              && coded.stream()
                  .filter(r -> r != candidate)
                  .allMatch(
                      r ->
                          r.code().length() > candidate.code().length()
                              && r.code().startsWith(candidate.code()));
      if (prefixesAll) {
        return candidate;
      }
    }
    return null;
  }

  static List<DocumentUnit> units(IncomeSummary table) {
    IncomeSummaryRow department = departmentRow(table);
    List<DocumentUnit> units = new ArrayList<>();
    for (IncomeSummaryRow row : coded(table)) {
      if (row != department) {
        units.add(new DocumentUnit(units.size() + 1, row.code(), row.name(), row.lineNo()));
      }
    }
    return units;
  }

  private static List<IncomeSummaryRow> coded(IncomeSummary table) {
    return table == null ? List.of() : table.rows().stream().filter(r -> r.code() != null).toList();
  }
}
