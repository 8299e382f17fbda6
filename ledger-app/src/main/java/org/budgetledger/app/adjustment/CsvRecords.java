package org.budgetledger.app.adjustment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma separated, fields in double quotes may hold commas and doubled
 * quotes) into records with their line numbers. A quoted field may not span lines: an entry's text
 * fields are one line each, and a line number must name one line of the file.
 */
final class CsvRecords {
  private CsvRecords() {}

  /** One non-blank line of the file, 1-based. */
  record CsvRecord(int line, List<String> fields) {}

  static List<CsvRecord> split(String file, String text) {
    List<CsvRecord> records = new ArrayList<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        records.add(new CsvRecord(i + 1, fields(new FilePlace(file, i + 1, 0), lines[i])));
      }
    }
    return records;
  }

  private static List<String> fields(FilePlace place, String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        field.setLength(0);
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new AdjustmentFileException(
          place, "column " + (fields.size() + 1), "a quoted field is not closed on its line");
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
