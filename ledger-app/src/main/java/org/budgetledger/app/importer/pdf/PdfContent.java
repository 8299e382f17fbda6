package org.budgetledger.app.importer.pdf;

import java.util.List;

/**
 * Everything read from one PDF: its tables in reading order (a table continued over pages is one
 * table), the text outside tables as lines, and remarks on what was read but may need a look (an
 * image-only page among text pages).
 */
public record PdfContent(
    String file,
    int pageCount,
    List<PdfTable> tables,
    List<PdfTextLine> lines,
    List<String> remarks) {
  public PdfContent {
    tables = List.copyOf(tables);
    lines = List.copyOf(lines);
    remarks = List.copyOf(remarks);
  }
}
