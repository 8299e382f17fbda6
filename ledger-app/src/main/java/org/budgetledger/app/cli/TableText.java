package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.export.PrintedLine;
import org.budgetledger.app.export.PrintedLines;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;

/**
 * A disclosure table as text: number and title, 金额单位, the leaf column labels, the lines as
 * published (figures in 万元 at the document's decimals, empty when zero), the notes.
 */
final class TableText {
  private TableText() {}

  static void print(PrintWriter out, DepartmentTables set, DisclosureTable table) {
    out.println(table.number() + "  " + table.title());
    out.println(
        "部门（单位）：" + set.departmentName() + "    " + table.unitLabel() + "    (" + set.at() + ")");
    List<String> headers = new ArrayList<>(table.columns().stream().map(Column::label).toList());
    headers.add("行键");
    Set<Integer> right = new HashSet<>();
    List<List<String>> rows = new ArrayList<>();
    for (PrintedLine line : PrintedLines.of(table)) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < line.cells().size(); c++) {
        TableCell cell = line.cells().get(c);
        if (cell != null && cell.isMoney()) {
          right.add(c);
        }
        cells.add(cell == null ? "" : table.display(cell, set.decimals()));
      }
      cells.add(String.join(" / ", line.rowKeys()));
      rows.add(cells);
    }
    TextGrid.print(out, headers, rows, right);
    table.notes().forEach(out::println);
    out.println();
  }
}
