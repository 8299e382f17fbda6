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
 * blocks code it ({@link UnitBlocks#unitCode}), so both tables name one unit alike. The rule reads
 * header words and the catalogue only, so it holds for any family printing basic money by unit and
 * 类.
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
  record Row(String unit, String economicClass, List<String> figures, List<PublishedCell> cells) {}

  private BasicSummaryRows() {}

  /**
   * Every row, the units' too whether or not the document's lines sit on its units: where they do,
   * the unit rows are margins of the units' lines; where they do not (Guangzhou's 表5 names no
   * unit), the importer records the units' basic money as printed, by unit and 类.
   */
  static List<Row> of(
      PublishedGrid grid, CanonicalColumns columns, String department, Integer year) {
    List<Row> rows = new ArrayList<>();
    String unit = null;
    for (List<PublishedCell> cells : grid.rows()) {
      String name = Codes.normalisedName(label(cells));
      if (name.isEmpty() || cells.stream().noneMatch(PublishedCell::isMoney)) {
        continue;
      }
      List<String> figures = MEASURES.stream().map(m -> columns.text(cells, m)).toList();
      List<String> classes = year == null ? List.of() : economic(name, year, 3);
      String cls = classes.size() == 1 ? classes.get(0) : null;
      if (TOTAL.matcher(name).find()) {
        rows.add(new Row("合计", "", figures, cells));
      } else if (cls != null) {
        rows.add(new Row(unit == null ? "合计" : unit, cls + "-" + name, figures, cells));
      } else if (year != null && !economic(name, year, 5).isEmpty()) {
        // a 款 row (Shenzhen's 基本工资 under 工资福利支出): part of its 类 row, not a unit; not written yet
        continue;
      } else if (department != null) {
        unit = UnitBlocks.unitCode(department, name) + "-" + name;
        rows.add(new Row(unit, "", figures, cells));
      }
    }
    return rows;
  }

  /** The codes of {@code digits} (3: a 类, 5: a 款) the name has in the year's 部门经济分类. */
  private static List<String> economic(String name, int year, int digits) {
    return Catalogues.standard().departmentEconomic().codesNamed(name, "", year).stream()
        .filter(c -> c.length() == digits)
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
