package org.budgetledger.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfReadException;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.app.importer.pdf.PdfTableReader;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ledger pdf-tables FILE.pdf [--page N] [--json]}: what the PDF reader reads, tables with
 * title, unit line, pages, header paths and rows of cells. Runs without Spring or a database.
 */
@Component
@Command(
    name = "pdf-tables",
    description =
        "Print the tables read from a published PDF (title, unit, pages, header paths, rows).")
public class PdfTablesCommand implements LedgerSubcommand {
  @Parameters(index = "0", paramLabel = "FILE.pdf")
  Path file;

  @Option(names = "--page", paramLabel = "N", description = "only tables printed on page N")
  Integer page;

  @Option(names = "--lines", description = "also print the text outside tables")
  boolean lines;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PdfContent content;
    try {
      content = new PdfTableReader().read(file);
    } catch (PdfReadException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    List<PdfTable> tables =
        content.tables().stream().filter(t -> page == null || t.pages().contains(page)).toList();
    PdfContent shown =
        new PdfContent(
            content.file(),
            content.pageCount(),
            tables,
            content.lines().stream()
                .filter(l -> lines && (page == null || l.page() == page))
                .toList(),
            content.remarks());
    if (json) {
      out.println(
          JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(shown));
    } else {
      PdfTablesText.print(shown, out);
    }
    return 0;
  }
}
