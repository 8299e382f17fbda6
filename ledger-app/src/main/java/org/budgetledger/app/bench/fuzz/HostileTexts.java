package org.budgetledger.app.bench.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Texts made to exhaust the solver rather than the reader: a document within every limit of the
 * reader (bytes, lines, cells) whose 支出总表 prints thousands of rows more, each a line to solve for.
 * As {@link HostilePdfs} for the PDF reader.
 */
public final class HostileTexts {
  private HostileTexts() {}

  /**
   * {@code text} with {@code rows} rows added after its 支出总表's first row by function and economic
   * codes: the same function and figures, each under a 政府经济分类 code of 590xx–599xx and a 部门经济分类 code
   * of 301xx that no real row uses, so that no row repeats another. Unchanged if the text has no
   * such row.
   */
  public static String manyExpenditureRows(String text, int rows) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int first = firstCodedRow(lines);
    if (first < 0) {
      return text;
    }
    String[] cells = lines.get(first).split("\t", -1);
    List<String> added = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      String[] row = cells.clone();
      row[1] = (59_000 + i / 100) + "-x";
      row[2] = (30_100 + i % 100) + "-x";
      added.add(String.join("\t", row));
    }
    lines.addAll(first + 1, added);
    return String.join("\n", lines);
  }

  /** The first line after the 预算03表 title whose first three cells are codes (7, 5, 5 digits). */
  private static int firstCodedRow(List<String> lines) {
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      inTable |= line.replace(" ", "").startsWith("预算03表");
      String[] cells = line.split("\t", -1);
      if (inTable
          && cells.length > 3
          && cells[0].matches("\\d{7}-.*")
          && cells[1].matches("\\d{5}-.*")
          && cells[2].matches("\\d{5}-.*")) {
        return i;
      }
    }
    return -1;
  }
}
