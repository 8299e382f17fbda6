package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/** Prints rows as aligned columns, Chinese counted two terminal columns wide. */
final class TextGrid {
  private TextGrid() {}

  static void print(
      PrintWriter out, List<String> headers, List<List<String>> rows, Set<Integer> rightAligned) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Terminal.width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Terminal.width(value(row, c)));
      }
    }
    line(out, headers, widths, Set.of());
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append("-".repeat(w)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    rows.forEach(r -> line(out, r, widths, rightAligned));
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths, Set<Integer> right) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      text.append(Terminal.pad(value(cells, c), widths[c], right.contains(c))).append("  ");
    }
    out.println(text.toString().stripTrailing());
  }

  private static String value(List<String> row, int c) {
    return c < row.size() && row.get(c) != null ? row.get(c) : "";
  }
}
