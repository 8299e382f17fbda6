package org.budgetledger.app.cli;

import java.io.PrintStream;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfRow;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.app.importer.pdf.PdfTextLine;

/** The text form of {@code pdf-tables}: one block per table, cells separated by {@code |}. */
final class PdfTablesText {
  private PdfTablesText() {}

  static void print(PdfContent content, PrintStream out) {
    out.printf(
        "%s: %d pages, %d tables%n", content.file(), content.pageCount(), content.tables().size());
    content.remarks().forEach(r -> out.println("note: " + r));
    int n = 0;
    for (PdfTable table : content.tables()) {
      out.println();
      out.printf(
          "表 %d  %s  (pages %s, %s, %d columns, %d rows)%n",
          ++n,
          table.title().isEmpty() ? "(no title)" : table.title(),
          table.pages(),
          table.ruled() ? "ruled" : "unruled",
          table.columns().size(),
          table.rows().size());
      for (String line : table.headingLines()) {
        out.println("  heading: " + line);
      }
      if (!table.unitLine().isEmpty()) {
        out.println("  unit: " + table.unit() + "  (" + table.unitLine() + ")");
      }
      for (int c = 0; c < table.columns().size(); c++) {
        out.printf("  column %d: %s%n", c + 1, table.columns().get(c));
      }
      for (PdfRow row : table.rows()) {
        out.printf("  p%d | %s%n", row.page(), String.join(" | ", row.texts()));
      }
    }
    if (!content.lines().isEmpty()) {
      out.println();
      for (PdfTextLine line : content.lines()) {
        out.printf("p%d:%d %s%n", line.page(), line.line(), line.text());
      }
    }
  }
}
