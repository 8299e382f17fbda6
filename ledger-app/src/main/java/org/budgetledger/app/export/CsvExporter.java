package org.budgetledger.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * Writes one table as CSV: UTF-8 with a byte order mark (so Excel opens the Chinese correctly), RFC
 * 4180 quoting and CRLF line ends. One record per table row, the first field its row key (the ROW
 * argument of {@code trace}), then the leaf columns; figures in 万元 at the document's decimals
 * without thousands separators, empty when zero as printed.
 */
@Component
public class CsvExporter {
  static final String ROW_KEY_HEADER = "行键";

  public void write(DisclosureTable table, int decimals, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    List<String> header = new ArrayList<>(List.of(ROW_KEY_HEADER));
    table.columns().forEach(c -> header.add(c.label()));
    record(w, header);
    for (TableRow row : table.rows()) {
      List<String> fields = new ArrayList<>(List.of(row.key()));
      for (Column column : table.columns()) {
        fields.add(row.cell(column.key()).map(c -> field(c, decimals)).orElse(""));
      }
      record(w, fields);
    }
    w.flush();
  }

  private static String field(TableCell cell, int decimals) {
    if (!cell.isMoney()) {
      return cell.text();
    }
    int places = cell.fixedDecimals() == null ? decimals : cell.fixedDecimals();
    return cell.amount().isZero() ? "" : cell.amount().toWan(places).toPlainString();
  }

  private static void record(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(fields.get(i)));
    }
    w.write("\r\n");
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  public static String quote(String field) {
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\n")
        || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }
}
