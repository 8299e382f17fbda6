package org.budgetledger.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * One export for REST and CLI alike: a set of tables in a format, as bytes, and the file name to
 * give them ({@code 2026-201-预算03表.xlsx}, {@code 2026-201-tables.xlsx} for all).
 */
@Service
public class Exports {
  private final XlsxExporter xlsx;
  private final CsvExporter csv;
  private final JsonMapper json;

  public Exports(XlsxExporter xlsx, CsvExporter csv, JsonMapper json) {
    this.xlsx = xlsx;
    this.csv = csv;
    this.json = json;
  }

  public byte[] bytes(DepartmentTables set, ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (format) {
        case XLSX -> xlsx.write(set, out);
        case CSV -> {
          if (set.tables().size() != 1) {
            throw new IllegalArgumentException(
                "csv holds one table: name the table to export, "
                    + "or choose xlsx (one sheet per table) or json");
          }
          csv.write(set.tables().get(0), set.decimals(), out);
        }
        case JSON ->
            json.writerWithDefaultPrettyPrinter()
                .writeValue(
                    out,
                    set.tables().size() == 1
                        ? TableJson.of(set.tables().get(0), set.decimals())
                        : DepartmentTablesJson.of(set));
        default -> throw new IllegalStateException("no exporter for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public String fileName(DepartmentTables set, ExportFormat format, boolean oneTable) {
    String what = oneTable ? set.tables().get(0).number() : "tables";
    return set.budgetId()
        + "-"
        + what
        + "-"
        + PointCaption.inFileName(set.at())
        + "."
        + format.extension();
  }
}
