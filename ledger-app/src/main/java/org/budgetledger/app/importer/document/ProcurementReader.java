package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/** Reads 政府采购预算明细表: category, then the amount under the header's 金额. */
final class ProcurementReader {
  private ProcurementReader() {}

  static ProcurementTable read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    List<ProcurementRow> rows = new ArrayList<>();
    PublishedAmount total = null;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      boolean isTotal = Rows.isTotal(cells, 1);
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      int amountColumn = Rows.columnOf(headers, "金额");
      if (amountColumn < 1) {
        reader.problem(
            row,
            "金额",
            ProblemKind.HEADER_MISSING,
            "金额",
            "no header naming the 金额 column before this row");
        continue;
      }
      PublishedAmount amount = reader.amount(row, cells, amountColumn, "金额");
      reader.rejectExtraCells(row, cells, amountColumn + 1);
      if (isTotal) {
        total = amount;
        continue;
      }
      CodedName category = CodedName.parse(CellReader.text(cells, 0)).orElse(null);
      if (category == null) {
        reader.problem(row, "采购类别", ProblemKind.NOT_A_CATEGORY);
      } else {
        rows.add(new ProcurementRow(category, amount, row.lineNo()));
      }
    }
    return new ProcurementTable(body.heading(), rows, total);
  }
}
