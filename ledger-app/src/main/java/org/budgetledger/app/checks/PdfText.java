package org.budgetledger.app.checks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetledger.projections.checks.TextLine;

/**
 * The text of a PDF, line by line with its page, in reading order: what the narrative checks read
 * of a PDF until its tables are read too (issue 11). Lines are numbered through the document.
 */
final class PdfText {
  private PdfText() {}

  static List<TextLine> lines(Path file) throws IOException {
    List<TextLine> lines = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      int lineNo = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        for (String line : stripper.getText(pdf).split("\\R", -1)) {
          lines.add(new TextLine(++lineNo, page, line));
        }
      }
    }
    return lines;
  }
}
