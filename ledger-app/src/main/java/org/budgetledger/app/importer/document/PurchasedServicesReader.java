package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 政府购买服务明细表: three catalogue levels, an optional 服务领域 (district only) and the amount; both
 * placed by the header's 服务领域 and 预算金额 cells.
 */
final class PurchasedServicesReader {
  private PurchasedServicesReader() {}

  static PurchasedServicesTable read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    List<PurchasedServiceRow> rows = new ArrayList<>();
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
      int amountColumn = Rows.columnOf(headers, "预算金额");
      int areaColumn = Rows.columnOf(headers, "服务领域");
      if (amountColumn < 3) {
        reader.problem(
            row,
            "预算金额",
            ProblemKind.HEADER_MISSING,
            "预算金额",
            "no header placing 预算金额 after the three levels");
        continue;
      }
      PublishedAmount amount = reader.amount(row, cells, amountColumn, "预算金额");
      reader.rejectExtraCells(row, cells, amountColumn + 1);
      if (isTotal) {
        total = amount;
        continue;
      }
      String[] levels = new String[3];
      for (int i = 0; i < 3; i++) {
        levels[i] = Texts.debreak(CellReader.text(cells, i));
        if (levels[i].isEmpty()) {
          reader.problem(
              row, "指导性目录第 " + (i + 1) + " 级", ProblemKind.CATALOGUE_LEVEL_MISSING, i + 1);
        }
      }
      String area = areaColumn < 0 ? null : Texts.debreak(CellReader.text(cells, areaColumn));
      rows.add(
          new PurchasedServiceRow(
              levels[0],
              levels[1],
              levels[2],
              area == null || area.isEmpty() ? null : area,
              amount,
              row.lineNo()));
    }
    return new PurchasedServicesTable(body.heading(), rows, total);
  }
}
