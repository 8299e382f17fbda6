package org.budgetledger.app.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A table printed without rules is read from the columns its header gives. The corpus has none, so
 * the test prints one with PDFBox: a two-row header and amounts right-aligned under it.
 */
class UnruledTableTest {

  @Test
  void readsColumnsFromTheHeaderWordsAndRowsFromTheBaselines() throws Exception {
    PdfContent content = new PdfTableReader().read("unruled.pdf", unruledPdf());

    assertThat(content.tables())
        .singleElement()
        .satisfies(
            table -> {
              assertThat(table.ruled()).isFalse();
              assertThat(table.title()).isEqualTo("Table 3 Spending summary");
              assertThat(table.unit()).isEqualTo("");
              assertThat(table.columns())
                  .containsExactly("Item", "Budget/Basic", "Budget/Projects");
              assertThat(table.rows())
                  .extracting(PdfRow::texts)
                  .containsExactly(
                      java.util.List.of("Salaries", "1,234.56", ""),
                      java.util.List.of("Office costs", "78.90", "12.00"),
                      java.util.List.of("Total", "1,313.46", "12.00"));
            });
    assertThat(content.lines())
        .extracting(PdfTextLine::text)
        .containsExactly("Table 3 Spending summary", "Page notes follow the table.");
  }

  private static byte[] unruledPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream c = new PDPageContentStream(document, page)) {
        text(c, font, 14, 72, 720, "Table 3 Spending summary");
        text(c, font, 10, 72, 690, "Item");
        text(c, font, 10, 250, 690, "Budget");
        text(c, font, 10, 200, 676, "Basic");
        text(c, font, 10, 300, 676, "Projects");
        String[][] rows = {
          {"Salaries", "1,234.56", ""},
          {"Office costs", "78.90", "12.00"},
          {"Total", "1,313.46", "12.00"}
        };
        float y = 660;
        for (String[] row : rows) {
          text(c, font, 10, 72, y, row[0]);
          right(c, font, 240, y, row[1]);
          right(c, font, 345, y, row[2]);
          y -= 14;
        }
        text(c, font, 10, 72, 560, "Page notes follow the table.");
      }
      return PdfRefusalTest.save(document);
    }
  }

  private static void right(PDPageContentStream c, PDType1Font font, float right, float y, String s)
      throws IOException {
    if (!s.isEmpty()) {
      text(c, font, 10, right - font.getStringWidth(s) / 1000 * 10, y, s);
    }
  }

  private static void text(
      PDPageContentStream c, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, y);
    c.showText(s);
    c.endText();
  }
}
