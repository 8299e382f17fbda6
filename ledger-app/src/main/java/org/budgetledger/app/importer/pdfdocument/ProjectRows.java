package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.Fen;

/**
 * The rows of a 项目支出表 (project × fund source) as printed: the 合计 row, and each project with the
 * unit it is listed under. A table listing its projects unit by unit (Guangzhou's 部门预算项目支出及其他支出预算表:
 * a row naming the unit, then its projects) is told by its shape, not by names: a row whose 合计 is
 * the sum of the rows below it up to the next such row (or the end) heads a unit, and is the unit's
 * subtotal, not a project. A table with no such rows (Yantai's 项目支出预算情况表) lists projects only.
 */
final class ProjectRows {
  /**
   * One printed row: the unit heading it belongs to (empty where none), its name, its cells; {@code
   * total} for a department's row printed above its units' blocks, the table's 合计.
   */
  record Row(String unit, String name, boolean unitRow, List<PublishedCell> cells, boolean total) {
    Row(String unit, String name, boolean unitRow, List<PublishedCell> cells) {
      this(unit, name, unitRow, cells, false);
    }
  }

  private ProjectRows() {}

  static List<Row> of(PublishedGrid grid, CanonicalColumns columns) {
    List<List<PublishedCell>> body =
        grid.rows().stream()
            .filter(r -> r.stream().anyMatch(PublishedCell::isMoney))
            .filter(r -> !columns.isTotalRow(r))
            .toList();
    int total = grid.measures().indexOf("total");
    int nameColumn = headed(grid, "项目");
    int unitColumn = headed(grid, "单位名称");
    List<Row> rows = new ArrayList<>();
    boolean printedTotal = grid.rows().stream().anyMatch(columns::isTotalRow);
    if (departmentFirst(grid, body, total) || !printedTotal && headsAll(grid, body, total)) {
      // the department's row above its units' blocks (Shenzhen's 项目支出总表 of 22 units) or over all
      // its projects: the table's 合计
      rows.add(new Row("", name(body.get(0)), false, body.get(0), true));
      body = body.subList(1, body.size());
    }
    List<Boolean> heads = headings(grid, body, total);
    String unit = "";
    for (int i = 0; i < body.size(); i++) {
      String name = nameColumn < 0 ? name(body.get(i)) : text(body.get(i), nameColumn);
      if (heads.get(i)) {
        unit = name;
      }
      String printedUnit = unitColumn < 0 ? unit : text(body.get(i), unitColumn);
      rows.add(new Row(printedUnit, name, heads.get(i), body.get(i)));
    }
    return rows;
  }

  /**
   * The first column whose header names {@code word} (项目名称, 支出项目类别; 单位名称), -1 when none: a table
   * printing the unit beside each project (Hangzhou's 单位名称, 项目名称) names both.
   */
  private static int headed(PublishedGrid grid, String word) {
    for (int column = 0; column < grid.headers().size(); column++) {
      if (grid.headers().get(column).replaceAll("\\s", "").contains(word)) {
        return column;
      }
    }
    return -1;
  }

  private static String text(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column && !c.isMoney())
        .map(c -> c.text().replace('\t', ' ').replace('\n', ' ').strip())
        .findFirst()
        .orElse("");
  }

  /** The printed name: the row's first text cell (项目名称 comes before the figures). */
  static String name(List<PublishedCell> row) {
    return row.stream()
        .filter(c -> !c.isMoney())
        .map(c -> c.text().replace('\t', ' ').replace('\n', ' ').strip())
        .filter(t -> !t.isEmpty())
        .findFirst()
        .orElse("");
  }

  /**
   * Whether the first row is the department's, above its units' blocks: the rows after it read as
   * unit blocks, and their headings add up to it. Read with it, it would itself head a block of
   * half the table (its units' rows and their projects summed twice).
   */
  private static boolean departmentFirst(
      PublishedGrid grid, List<List<PublishedCell>> body, int total) {
    if (total < 0 || body.size() < 3) {
      return false;
    }
    List<List<PublishedCell>> rest = body.subList(1, body.size());
    List<Boolean> heads = headings(grid, rest, total);
    long sum = 0;
    int terms = 0;
    for (int i = 0; i < rest.size(); i++) {
      if (heads.get(i)) {
        sum += amount(rest.get(i), total);
        terms++;
      }
    }
    return terms > 1 && close(grid, sum, amount(body.get(0), total), terms);
  }

  /**
   * Whether the first row heads every row after it, in a table printing no 合计 row: the department's
   * row over its projects (Shenzhen c9051f27 p.27, one unit), its 合计, not a unit's subtotal.
   */
  private static boolean headsAll(PublishedGrid grid, List<List<PublishedCell>> body, int total) {
    List<Boolean> heads = headings(grid, body, total);
    return body.size() > 1 && heads.get(0) && !heads.subList(1, heads.size()).contains(true);
  }

  /**
   * Which rows head a unit: read from the top, a row heads one when the 合计 of the rows after it
   * adds up to its own before the next heading or the end. All or nothing: where the rows cannot be
   * read as unit blocks from the first to the last, none heads one (a project is never taken for a
   * unit by a chance sum).
   */
  private static List<Boolean> headings(
      PublishedGrid grid, List<List<PublishedCell>> body, int total) {
    List<Boolean> none = body.stream().map(r -> false).toList();
    if (total < 0 || body.size() < 2) {
      return none;
    }
    List<Boolean> heads = new ArrayList<>(none);
    int i = 0;
    while (i < body.size()) {
      long head = amount(body.get(i), total);
      long sum = 0;
      int terms = 0;
      int j = i + 1;
      while (j < body.size() && !close(grid, sum, head, terms)) {
        sum += amount(body.get(j), total);
        terms++;
        j++;
      }
      if (terms == 0 || !close(grid, sum, head, terms)) {
        return none;
      }
      heads.set(i, true);
      i = j;
    }
    return heads;
  }

  private static boolean close(PublishedGrid grid, long sum, long head, int terms) {
    if (terms == 0) {
      return false;
    }
    long half = grid.unit().parse("0.01").value() / 2;
    return Math.abs(sum - head) <= (terms + 1) * half;
  }

  private static long amount(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column && c.isMoney())
        .map(PublishedCell::amount)
        .mapToLong(Fen::value)
        .sum();
  }
}
