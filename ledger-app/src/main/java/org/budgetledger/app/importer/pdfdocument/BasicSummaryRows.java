package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.catalogue.Codes;

/**
 * The rows of a 基本支出总表 as the canonical text writes them (Guangzhou's 表11 部门预算基本支出预算表): one name
 * column lists the units and, under each, the 部门经济分类 类 of its basic money (工资福利支出, 商品和服务支出 …),
 * names only. A name that is a 类 of the document's year's catalogue is a 类 row of the unit above
 * it; 合计 or 总计 the table's total; any other name with figures a unit, coded as 一般公共预算支出表's unit
 * blocks code it ({@link UnitBlocks#unitCode}), so both tables name one unit alike. A name that is
 * a 款 of the 类 above it (Shenzhen's 基本工资 under 工资福利支出) is that unit's 款 row; the department's own
 * name on a table without 合计 row (Shenzhen's first row, the department above its units) is the
 * total. The rule reads header words and the catalogue only, so it holds for any family printing
 * basic money by unit and 类.
 */
final class BasicSummaryRows {
  /** The canonical measures of the fund columns, in the canonical table's order. */
  static final List<String> MEASURES =
      List.of(
          "total",
          "fiscal",
          "GENERAL_BUDGET",
          "GOVERNMENT_FUND",
          "STATE_CAPITAL",
          "FISCAL_SPECIAL_ACCOUNT",
          "otherFunds");

  static final List<String> HEADER =
      List.of(
          "单位名称", "部门支出经济分类科目", "合计", "财政拨款", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "其他资金");

  private static final Pattern TOTAL = Pattern.compile("^[合总]计$");

  /** One canonical row: its unit ({@code code-name}, 合计 on the total), 类 and figures. */
  record Row(String unit, String economicClass, List<String> figures, List<PublishedCell> cells) {
    boolean isTotal() {
      return unit.equals("合计") && economicClass.isEmpty();
    }
  }

  private BasicSummaryRows() {}

  /**
   * Every row, the units' too whether or not the document's lines sit on its units: where they do,
   * the unit rows are margins of the units' lines; where they do not (Guangzhou's 表5 names no
   * unit), the importer records the units' basic money as printed, by unit and 类.
   */
  static List<Row> of(
      PublishedGrid grid, CanonicalColumns columns, String department, Integer year) {
    List<Row> rows = new ArrayList<>();
    boolean totalPrinted = grid.rows().stream().anyMatch(r -> TOTAL.matcher(name(r)).find());
    // a department printing no unit under its own row (c9051f27, one unit named as the department)
    // has its 类 rows under the total, which no rebuilt row holds: its total row alone is written
    boolean units =
        totalPrinted || grid.rows().stream().anyMatch(r -> isUnit(name(r), department, year));
    String unit = null;
    String cls = null;
    for (List<PublishedCell> cells : grid.rows()) {
      String name = name(cells);
      if (name.isEmpty() || cells.stream().noneMatch(PublishedCell::isMoney)) {
        continue;
      }
      List<String> figures = MEASURES.stream().map(m -> columns.text(cells, m)).toList();
      List<String> classes = year == null ? List.of() : economic(name, year, 3, "");
      if (TOTAL.matcher(name).find() || !totalPrinted && isDepartment(name, department)) {
        // the department's own row above its units (Shenzhen names it, no 合计) is the total
        rows.add(new Row("合计", "", figures, cells));
        cls = null;
      } else if (!units) {
        continue;
      } else if (classes.size() == 1) {
        cls = classes.get(0);
        rows.add(new Row(unit == null ? "合计" : unit, cls + "-" + name, figures, cells));
      } else if (year != null && !economic(name, year, 5, "").isEmpty()) {
        // a 款 row (Shenzhen's 基本工资 under 工资福利支出): its code is the one under the 类 above it
        List<String> items = cls == null ? List.of() : economic(name, year, 5, cls);
        if (items.size() == 1) {
          rows.add(new Row(unit == null ? "合计" : unit, items.get(0) + "-" + name, figures, cells));
        }
      } else if (department != null) {
        unit = UnitBlocks.unitCode(department, name) + "-" + name;
        cls = null;
        rows.add(new Row(unit, "", figures, cells));
      }
    }
    // the 合计 first, whether printed above its units or below them, so both read the same
    List<Row> ordered = new ArrayList<>(rows.stream().filter(Row::isTotal).toList());
    rows.stream().filter(r -> !r.isTotal()).forEach(ordered::add);
    return ordered;
  }

  /**
   * Whether the table can be read as the canonical one: it prints a 合计 row, or units under the
   * department's own row. A department printing only its own row and its 类 (c9051f27, one unit
   * named as the department) holds no row the rebuilt table can meet but the total, whose units'
   * rows the ledger would show as unprinted: such a table is left unread, as before.
   */
  static boolean readable(PublishedGrid grid, String department, Integer year) {
    return grid.rows().stream()
        .anyMatch(r -> TOTAL.matcher(name(r)).find() || isUnit(name(r), department, year));
  }

  private static String name(List<PublishedCell> cells) {
    return Codes.normalisedName(label(cells));
  }

  /** A name that is neither a total, the department's own, nor a 类 or 款 of the catalogue. */
  private static boolean isUnit(String name, String department, Integer year) {
    return !name.isEmpty()
        && !TOTAL.matcher(name).find()
        && !isDepartment(name, department)
        && (year == null
            || economic(name, year, 3, "").isEmpty() && economic(name, year, 5, "").isEmpty());
  }

  private static boolean isDepartment(String name, String department) {
    return department != null && name.equals(Codes.normalisedName(department));
  }

  /**
   * The codes of {@code digits} (3: a 类, 5: a 款) the name has in the year's 部门经济分类 under {@code
   * parent}.
   */
  private static List<String> economic(String name, int year, int digits, String parent) {
    return Catalogues.standard().departmentEconomic().codesNamed(name, "", year).stream()
        .filter(c -> c.length() == digits && c.startsWith(parent))
        .toList();
  }

  private static String label(List<PublishedCell> cells) {
    return cells.stream()
        .filter(c -> c.column() == 0 && !c.isMoney())
        .map(PublishedCell::text)
        .findFirst()
        .orElse("");
  }
}
