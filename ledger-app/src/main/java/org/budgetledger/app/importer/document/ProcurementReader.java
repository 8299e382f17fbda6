package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 政府采购预算明细表: category, then the amount under the header's 金额; where the header also names
 * 采购分组 and 采购明细 (a table printed row by row), those words and the 资金来源 columns after 金额.
 */
final class ProcurementReader {
  private ProcurementReader() {}

  static ProcurementTable read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    List<ProcurementRow> rows = new ArrayList<>();
    PublishedAmount total = null;
    List<PublishedAmount> totalBySource = List.of();
    List<String> sources = List.of();
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
      int group = Rows.columnOf(headers, "采购分组");
      int item = Rows.columnOf(headers, "采购明细");
      boolean detailed = group > 0 && item > 0;
      sources = detailed ? sourceHeaders(headers, amountColumn) : List.of();
      PublishedAmount amount = reader.amount(row, cells, amountColumn, "金额");
      List<PublishedAmount> bySource = new ArrayList<>();
      for (int s = 0; s < sources.size(); s++) {
        bySource.add(reader.amount(row, cells, amountColumn + 1 + s, sources.get(s)));
      }
      reader.rejectExtraCells(row, cells, amountColumn + 1 + sources.size());
      if (isTotal) {
        total = amount;
        totalBySource = bySource;
        continue;
      }
      CodedName category = CodedName.parse(CellReader.text(cells, 0)).orElse(null);
      if (category == null) {
        reader.problem(row, "采购类别", ProblemKind.NOT_A_CATEGORY);
      } else if (detailed) {
        rows.add(
            new ProcurementRow(
                category,
                CellReader.text(cells, group),
                CellReader.text(cells, item),
                amount,
                bySource,
                row.lineNo()));
      } else {
        rows.add(new ProcurementRow(category, amount, row.lineNo()));
      }
    }
    boolean detailed = rows.stream().anyMatch(r -> !r.group().isEmpty());
    return new ProcurementTable(body.heading(), rows, total, detailed, sources, totalBySource);
  }

  /** The header words after 金额: each a 资金来源 column as printed. */
  private static List<String> sourceHeaders(List<SourceLine> headers, int amountColumn) {
    for (SourceLine header : headers) {
      if (Texts.compact(CellReader.text(header.cells(), amountColumn)).equals("金额")) {
        return header.cells().stream().skip(amountColumn + 1).map(String::strip).toList();
      }
    }
    return List.of();
  }
}
