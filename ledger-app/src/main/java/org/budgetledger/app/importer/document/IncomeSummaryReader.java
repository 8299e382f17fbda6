package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 收入总表. The header's 合计 cell tells how many label columns come first (district: code and
 * name; municipal: none). A row without any label, when the table has no label columns, is the
 * table's 合计: it is the only row the municipal format prints. Rows under a header {@value
 * #FUNCTION_HEADER} are the table's rows by function (code, name, the same columns).
 */
final class IncomeSummaryReader {
  /**
   * The header over a family's rows by 功能分类科目, after the 合计 row: each row its code and name, then
   * the same columns.
   */
  static final String FUNCTION_HEADER = "支出功能分类科目";

  private static final int FUNCTION_LABELS = 2;

  private IncomeSummaryReader() {}

  static IncomeSummary read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    List<IncomeSummaryRow> rows = new ArrayList<>();
    IncomeSummaryRow total = null;
    List<IncomeSummaryRow> functionRows = new ArrayList<>();
    boolean headerChecked = false;
    boolean byFunction = false;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      if (Rows.isHeader(cells) && Texts.compact(cells.get(0)).equals(FUNCTION_HEADER)) {
        byFunction = true;
        continue;
      }
      if (byFunction) {
        if (!Texts.compact(CellReader.text(cells, 0)).matches("\\d{3}(\\d{2}){0,2}")) {
          reader.problem(row, FUNCTION_HEADER, ProblemKind.NOT_A_CODE, CellReader.text(cells, 0));
          continue;
        }
        functionRows.add(readRow(row, cells, FUNCTION_LABELS, reader));
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      boolean isTotal = offset > 0 && Rows.isTotal(cells, offset);
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      if (offset < 0) {
        reader.problem(
            row,
            "合计",
            ProblemKind.HEADER_MISSING,
            "合计",
            "row before any header naming the 合计 column");
        continue;
      }
      if (!headerChecked && !headers.isEmpty()) {
        IncomeHeaderCheck.check(headers.get(headers.size() - 1), offset, reader);
        headerChecked = true;
      }
      IncomeSummaryRow read = readRow(row, cells, offset, reader);
      if (offset == 0 || isTotal) {
        if (total != null) {
          reader.problem(row, "合计", ProblemKind.SECOND_TOTAL_ROW, total.lineNo());
        }
        total = read;
      } else {
        rows.add(read);
      }
    }
    return new IncomeSummary(body.heading(), rows, total, functionRows);
  }

  private static IncomeSummaryRow readRow(
      SourceLine row, List<String> cells, int offset, CellReader reader) {
    String code = offset >= 2 ? Texts.compact(CellReader.text(cells, 0)) : "";
    String name = offset >= 1 ? Texts.debreak(CellReader.text(cells, offset - 1)) : "";
    if (Texts.compact(name).equals("合计") || Texts.compact(code).equals("合计")) {
      code = "";
      name = "合计";
    }
    PublishedAmount total = reader.amount(row, cells, offset, "合计");
    Map<IncomeColumn, PublishedAmount> amounts = new EnumMap<>(IncomeColumn.class);
    IncomeColumn[] columns = IncomeColumn.printed().toArray(IncomeColumn[]::new);
    for (int i = 0; i < columns.length; i++) {
      PublishedAmount amount = reader.amount(row, cells, offset + 1 + i, columns[i].chinese());
      if (amount != null) {
        amounts.put(columns[i], amount);
      }
    }
    reader.rejectExtraCells(row, cells, offset + 1 + columns.length);
    return new IncomeSummaryRow(
        code.isEmpty() ? null : code, name.isEmpty() ? null : name, total, amounts, row.lineNo());
  }
}
