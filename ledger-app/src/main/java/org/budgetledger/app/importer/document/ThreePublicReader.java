package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads the 三公 table, whose data row is placed by its header words: the municipal format prints a
 * 小计 for vehicles, the district one a 年度 column and no 小计. A table with a 单位名称 column lists the
 * department's row first and then one row per unit ({@code code-name}); any other table has one
 * data row.
 */
final class ThreePublicReader {
  private ThreePublicReader() {}

  static ThreePublicExpenses read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    ThreePublicExpenses read = null;
    List<ThreePublicExpenses> units = new ArrayList<>();
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      if (Rows.isHeader(cells)) {
        headers.add(row);
        continue;
      }
      int unitColumn = column(headers, c -> c.equals("单位名称"));
      if (read != null && unitColumn < 0) {
        reader.problem(row, "三公", ProblemKind.SECOND_DATA_ROW, read.lineNo());
        continue;
      }
      DocumentUnit unit = null;
      if (read != null) {
        CodedName coded = CodedName.parse(CellReader.text(cells, unitColumn)).orElse(null);
        if (coded == null) {
          reader.problem(row, "单位名称", ProblemKind.NOT_A_UNIT, CellReader.text(cells, unitColumn));
          continue;
        }
        unit = new DocumentUnit(units.size() + 1, coded.code(), coded.name(), row.lineNo());
      }
      ThreePublicExpenses figures = figures(body, reader, headers, row, unit);
      if (figures == null) {
        continue;
      }
      if (read == null) {
        read = figures;
      } else {
        units.add(figures);
      }
    }
    if (read == null) {
      return new ThreePublicExpenses(
          body.heading(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          PublishedAmount.notPrinted(body.heading().lineNo()),
          PublishedAmount.notPrinted(body.heading().lineNo()),
          PublishedAmount.notPrinted(body.heading().lineNo()),
          body.notApplicable(),
          body.heading().lineNo(),
          null,
          List.of());
    }
    return units.isEmpty() ? read : withUnits(read, units);
  }

  /**
   * One data row's figures, placed by the header words; null (with a problem) where it cannot be.
   */
  private static ThreePublicExpenses figures(
      TableBody body,
      CellReader reader,
      List<SourceLine> headers,
      SourceLine row,
      DocumentUnit unit) {
    List<String> cells = row.cells();
    int year = column(headers, c -> c.equals("年度"));
    int total = column(headers, c -> c.contains("总额"));
    int abroad = column(headers, c -> c.contains("因公出国"));
    int reception = column(headers, c -> c.contains("公务接待"));
    int subtotal = column(headers, c -> c.equals("小计"));
    int purchase = column(headers, c -> c.contains("购置费") && !c.contains("运行"));
    int operation = column(headers, c -> c.contains("运行维护费") && !c.contains("购置"));
    // columns some families print beside the 三公 items, each optional
    int threePublic = column(headers, c -> c.contains("三公") && c.endsWith("小计"));
    int meetings = column(headers, c -> c.equals("会议费"));
    int training = column(headers, c -> c.equals("培训费"));
    if (total < 0 || abroad < 0 || reception < 0 || purchase < 0 || operation < 0) {
      reader.problem(row, "三公", ProblemKind.HEADER_INCOMPLETE);
      return null;
    }
    String yearText = CellReader.text(cells, year);
    if (year >= 0 && !yearText.matches("\\d{4}")) {
      reader.problem(row, "年度", ProblemKind.NOT_A_YEAR, yearText);
    }
    int last = Math.max(Math.max(purchase, operation), Math.max(threePublic, meetings));
    reader.rejectExtraCells(row, cells, Math.max(last, training) + 1);
    return new ThreePublicExpenses(
        body.heading(),
        year >= 0 && yearText.matches("\\d{4}") ? Integer.valueOf(yearText) : null,
        reader.amount(row, cells, total, "总额"),
        reader.amount(row, cells, abroad, "因公出国（境）费用"),
        reader.amount(row, cells, reception, "公务接待费"),
        subtotal < 0 ? null : reader.amount(row, cells, subtotal, "公务用车/小计"),
        reader.amount(row, cells, purchase, "公务用车购置费"),
        reader.amount(row, cells, operation, "公务用车运行维护费"),
        optional(reader, row, threePublic, "“三公”经费小计"),
        optional(reader, row, meetings, "会议费"),
        optional(reader, row, training, "培训费"),
        body.notApplicable(),
        row.lineNo(),
        unit,
        List.of());
  }

  private static ThreePublicExpenses withUnits(
      ThreePublicExpenses t, List<ThreePublicExpenses> units) {
    return new ThreePublicExpenses(
        t.heading(),
        t.year(),
        t.total(),
        t.abroad(),
        t.reception(),
        t.vehicleSubtotal(),
        t.vehiclePurchase(),
        t.vehicleOperation(),
        t.threePublicSubtotal(),
        t.meetings(),
        t.training(),
        t.notApplicable(),
        t.lineNo(),
        null,
        units);
  }

  /** A column the table may not print: not printed where its header is absent. */
  private static PublishedAmount optional(
      CellReader reader, SourceLine row, int column, String name) {
    return column < 0
        ? PublishedAmount.notPrinted(row.lineNo())
        : reader.amount(row, row.cells(), column, name);
  }

  private static int column(List<SourceLine> headers, Predicate<String> matches) {
    for (SourceLine header : headers) {
      List<String> cells = header.cells();
      for (int i = 0; i < cells.size(); i++) {
        if (matches.test(Texts.compact(cells.get(i)))) {
          return i;
        }
      }
    }
    return -1;
  }
}
