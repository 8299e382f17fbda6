package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.projections.tables.TableKind;

/**
 * The unit rows of a 收入总表 printed by unit: the table's label column is headed by a unit's or the
 * department's name (单位名称, 预算单位, 部门名称; the profile's {@code unit} measure where it names one), and
 * below its total each row names a unit ({@code code-name}, as {@link UnitBlocks#unitOfRows} writes
 * it). The department's own row, where printed beside the 合计 (the same figures), is not a unit. A
 * unit's code is the one printed beside it (单位编码, 部门代码) where no other row prints the same code,
 * else derived from its name ({@link UnitBlocks#unitCode}). A table listing 功能科目 (its label column
 * headed otherwise) has none.
 */
final class IncomeUnitRows {
  /** One unit's row, as the canonical text names it ({@code code-name}). */
  record UnitRow(String unit, List<PublishedCell> cells) {}

  /** The unit rows, the header of the column naming them, and the department's own row if any. */
  record Units(String header, List<UnitRow> rows, Optional<List<PublishedCell>> department) {}

  private static final Pattern NAME = Pattern.compile("(单位|部门).*名称|^预算单位$");
  private static final Pattern CODE = Pattern.compile("(单位|部门).*(编码|代码)");

  private IncomeUnitRows() {}

  /**
   * Whether the document's 一般公共预算支出表 is printed by unit, so that its lines sit on their units:
   * those units' income must then balance their own lines, which is not done yet, and their rows of
   * 收入总表 are left unread.
   */
  static boolean linesByUnit(List<PublishedGrid> grids, String department) {
    return grids.stream()
        .filter(g -> g.kind() == TableKind.GENERAL_BUDGET_EXPENDITURE)
        .anyMatch(g -> !UnitBlocks.unitOfRows(g, department).isEmpty());
  }

  static Optional<Units> of(PublishedGrid grid, List<PublishedCell> total, String department) {
    int name = column(grid, "unit", NAME);
    if (name < 0 || department == null) {
      return Optional.empty();
    }
    int code = column(grid, "unitCode", CODE);
    List<Integer> labels = List.of(name, code);
    List<List<PublishedCell>> listed = new ArrayList<>();
    Optional<List<PublishedCell>> own = Optional.empty();
    for (List<PublishedCell> row : grid.rows()) {
      if (row == total || figures(row, labels).isEmpty()) {
        continue;
      }
      if (own.isEmpty() && listed.isEmpty() && sameFigures(row, total, labels)) {
        own = Optional.of(row);
        continue;
      }
      // a row without its name or its 合计 is a piece of a row the page broke (Hangzhou's unit
      // name and figure continued on the next page): no row of the table can be trusted whole
      if (text(row, name).isEmpty() || grid.cell(row, "total").filter(c -> c.isMoney()).isEmpty()) {
        return Optional.empty();
      }
      listed.add(row);
    }
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> printedCodes = new HashMap<>();
    listed.forEach(r -> printedCodes.merge(text(r, code), 1, Integer::sum));
    List<UnitRow> rows = new ArrayList<>();
    for (List<PublishedCell> row : listed) {
      String printed = text(row, code);
      boolean ownCode = printed.matches("[0-9A-Za-z]+") && printedCodes.get(printed) == 1;
      String unitCode = ownCode ? printed : UnitBlocks.unitCode(department, text(row, name));
      rows.add(new UnitRow(unitCode + "-" + text(row, name), row));
    }
    if (rows.stream().map(UnitRow::unit).map(u -> u.substring(0, u.indexOf('-'))).distinct().count()
        < rows.size()) {
      return Optional.empty(); // two units of one name and no code to tell them apart
    }
    return Optional.of(new Units(header(grid, name), rows, own));
  }

  /** The column of the measure where the profile names it, else the first headed by the words. */
  private static int column(PublishedGrid grid, String measure, Pattern words) {
    int named = grid.measures().indexOf(measure);
    if (named >= 0) {
      return named;
    }
    for (int c = 0; c < grid.headers().size(); c++) {
      if (grid.measures().get(c) == null && words.matcher(leaf(grid, c)).find()) {
        return c;
      }
    }
    return -1;
  }

  private static String header(PublishedGrid grid, int column) {
    return column < grid.headers().size() ? leaf(grid, column) : "单位名称";
  }

  private static String leaf(PublishedGrid grid, int column) {
    String[] path = grid.headers().get(column).split("/");
    return path[path.length - 1].replaceAll("\\s", "");
  }

  /** The row's figures, not counting a label column (a unit's code reads as a number). */
  private static List<PublishedCell> figures(List<PublishedCell> row, List<Integer> labels) {
    return row.stream().filter(c -> c.isMoney() && !labels.contains(c.column())).toList();
  }

  private static boolean sameFigures(
      List<PublishedCell> row, List<PublishedCell> total, List<Integer> labels) {
    List<PublishedCell> figures = figures(row, labels);
    List<PublishedCell> totals = figures(total, labels);
    if (figures.size() != totals.size()) {
      return false;
    }
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).column() != totals.get(i).column()
          || !figures.get(i).amount().equals(totals.get(i).amount())) {
        return false;
      }
    }
    return true;
  }

  private static String text(List<PublishedCell> row, int column) {
    return column < 0
        ? ""
        : row.stream()
            .filter(c -> c.column() == column)
            .map(c -> c.text().replaceAll("\\s", ""))
            .findFirst()
            .orElse("");
  }
}
