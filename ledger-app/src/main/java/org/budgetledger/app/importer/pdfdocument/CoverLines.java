package org.budgetledger.app.importer.pdfdocument;

import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import org.budgetledger.projections.tables.TableKind;

/**
 * The cover lines of a PDF's canonical text that record its layout family: {@code 版式：shanghai9}
 * and, per canonical table, one line of how the document prints it: {@code
 * 表题：KIND<TAB>title<TAB>number<TAB>decimals<TAB>measure=header…}, its number as printed ({@code
 * 公开01表}, empty when it prints none), the most decimals its figures print (empty when it prints no
 * figure) and the printed header of each canonical column ({@code GENERAL_BUDGET=一般公共预算}). One line
 * per table, so that the lines of the tables below keep their numbers. The parser reads no cover
 * line; the rebuilt tables take the family's frame from them.
 */
public final class CoverLines {
  public static final String FAMILY = "版式：";
  public static final String TITLE = "表题：";

  /**
   * The key of a 收入总表's unit column where its units' rows are read: its printed header, telling the
   * rebuilt table to print those rows.
   */
  public static final String UNIT_ROWS = "unitRows";

  /** Between a header's canonical measure and its printed words. */
  public static final String IS = "=";

  private CoverLines() {}

  /** The line that records how one canonical table is printed. */
  static String of(PublishedGrid grid) {
    return of(grid, grid.kind());
  }

  /**
   * The line of a canonical table written from another's grid or columns ({@code 预算21表} from 表6's,
   * 支出总表 by unit from 支出总表).
   */
  static String of(PublishedGrid grid, TableKind kind) {
    StringJoiner line = new StringJoiner("\t", TITLE, "");
    line.add(kind.name()).add(compact(grid.title()));
    line.add(grid.label() == null ? "" : grid.label());
    line.add(grid.printedDecimals().stream().mapToObj(String::valueOf).findFirst().orElse(""));
    Set<String> named = new HashSet<>();
    for (int c = 0; c < grid.measures().size() && c < grid.headers().size(); c++) {
      String measure = grid.measures().get(c);
      String[] path = grid.headers().get(c).split("/");
      String leaf = compact(path[path.length - 1]).replace(IS, "");
      // the first column of a measure is its own (a 收支总表 prints 预算数 on both sides)
      if (measure != null && !leaf.isEmpty() && named.add(measure)) {
        line.add(measure + IS + leaf);
      }
    }
    return line.toString();
  }

  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }
}
