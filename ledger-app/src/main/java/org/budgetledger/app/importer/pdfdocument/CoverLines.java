package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cover lines of a PDF's canonical text that record its layout family: {@code 版式：shanghai9}
 * and, per canonical table, how the document prints it: {@code 表题：KIND<TAB>title}, {@code
 * 表号：KIND<TAB>公开01表} (its number as printed, when it prints one), {@code 小数：KIND<TAB>0} (the most
 * decimals its figures print) and {@code 表头：KIND<TAB>measure<TAB>header} (the printed header of
 * each canonical column). The parser reads none; the rebuilt tables take the family's frame from
 * them.
 */
public final class CoverLines {
  public static final String FAMILY = "版式：";
  public static final String TITLE = "表题：";
  public static final String LABEL = "表号：";
  public static final String DECIMALS = "小数：";
  public static final String HEADER = "表头：";

  private CoverLines() {}

  /** The lines that record how one canonical table is printed. */
  static List<String> of(PublishedGrid grid) {
    String kind = grid.kind().name() + "\t";
    List<String> lines = new ArrayList<>();
    lines.add(TITLE + kind + compact(grid.title()));
    if (grid.label() != null) {
      lines.add(LABEL + kind + grid.label());
    }
    grid.printedDecimals().ifPresent(d -> lines.add(DECIMALS + kind + d));
    Set<String> named = new HashSet<>();
    for (int c = 0; c < grid.measures().size() && c < grid.headers().size(); c++) {
      String measure = grid.measures().get(c);
      String[] path = grid.headers().get(c).split("/");
      String leaf = compact(path[path.length - 1]);
      // the first column of a measure is its own (a 收支总表 prints 预算数 on both sides)
      if (measure != null && !leaf.isEmpty() && named.add(measure)) {
        lines.add(HEADER + kind + measure + "\t" + leaf);
      }
    }
    return lines;
  }

  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }
}
