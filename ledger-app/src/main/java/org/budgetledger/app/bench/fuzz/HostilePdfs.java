package org.budgetledger.app.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made to exhaust a reader rather than damaged by accident: more pages than any budget, a page
 * of a quarter of a million glyphs, a page of thousands of small ruled tables, a table of a
 * thousand columns, and pages whose coordinates are absurd (a box of 10^30 points, a negative one,
 * text and rules scaled by 10^20 or placed beyond any page).
 */
public final class HostilePdfs {
  public static final String KINDS =
      "pdf-pages,pdf-glyphs,pdf-tables,pdf-rulings,pdf-columns,pdf-coordinates";

  private HostilePdfs() {}

  public static byte[] make(String kind, int variant) {
    return switch (kind) {
      case "pdf-pages" -> document(3_001 + variant % 100, page -> "");
      case "pdf-glyphs" -> document(1, page -> glyphs(250_000 + variant % 1_000));
      case "pdf-tables" -> document(3 + variant % 3, page -> smallTables(20, 20, 20, 25, 6));
      case "pdf-rulings" -> document(1, page -> smallTables(44, 60, 13, 13, 4));
      case "pdf-columns" -> document(1, WIDE, page -> wideTable(220 + variant));
      default -> absurd(variant % ABSURD.length);
    };
  }

  public static final int ABSURD_VARIANTS = 5;

  private static final String[] ABSURD = {
    "BT /F1 12 Tf 1000000000000000000000000000000 -1000000000000000000000000000000 Td (120.00)"
        + " Tj ET",
    "100000000000000000000 0 0 100000000000000000000 0 0 cm 0 0 m 1 0 l S 0 0 m 0 1 l S"
        + " BT /F1 1 Tf 0 0 Td (1.00) Tj ET",
    "-99999999999 -99999999999 m 99999999999 99999999999 l S 0 -1e5 m 0 1e5 l S"
        + " -1e5 0 m 1e5 0 l S BT /F1 99999999 Tf 10 10 Td (X) Tj ET",
    "0.000000000001 0 0 0.000000000001 0 0 cm BT /F1 12 Tf 10 10 Td (2.00 3.00 4.00) Tj ET"
        + " 0 0 m 100000 0 l S",
    "BT /F1 12 Tf 0 0 0 0 0 0 Tm (0.00) Tj ET 0 0 0 0 0 0 cm 0 0 m 10 10 l S",
  };

  private static byte[] absurd(int which) {
    try (PDDocument doc = new PDDocument()) {
      PDRectangle box =
          switch (which) {
            case 0 -> new PDRectangle(-1e30f, -1e30f, 2e30f, 2e30f);
            case 2 -> new PDRectangle(0, 0, -500, -500);
            case 3 -> new PDRectangle(0, 0, 0, 0);
            default -> PDRectangle.A4;
          };
      addPage(doc, box, ABSURD[which]);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface PageContent {
    String of(int page);
  }

  private static final PDRectangle WIDE = new PDRectangle(1000, 600);

  private static byte[] document(int pages, PageContent content) {
    return document(pages, PDRectangle.A4, content);
  }

  private static byte[] document(int pages, PDRectangle box, PageContent content) {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages; p++) {
        addPage(doc, box, content.of(p));
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addPage(PDDocument doc, PDRectangle box, String content) throws IOException {
    PDPage page = new PDPage(box);
    PDResources resources = new PDResources();
    resources.put(
        org.apache.pdfbox.cos.COSName.getPDFName("F1"),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    page.setResources(resources);
    PDStream stream = new PDStream(doc);
    try (OutputStream out = stream.createOutputStream()) {
      out.write(content.getBytes(StandardCharsets.ISO_8859_1));
    }
    page.setContents(stream);
    doc.addPage(page);
  }

  private static String glyphs(int count) {
    StringBuilder s = new StringBuilder("BT /F1 4 Tf 10 830 Td 0.003 TL\n");
    String line = "(" + "1234567890".repeat(20) + ") '\n";
    for (int i = 0; i < count / 200; i++) {
      s.append(line);
    }
    return s.append("ET").toString();
  }

  /** {@code across × down} ruled two-by-two tables, each with a figure in its first cell. */
  private static String smallTables(int across, int down, double stepX, double stepY, double cell) {
    StringBuilder s = new StringBuilder("0.1 w\n");
    for (int i = 0; i < across; i++) {
      for (int j = 0; j < down; j++) {
        double x = 10 + i * stepX;
        double y = 20 + j * stepY;
        for (int k = 0; k <= 2; k++) {
          s.append(line(x, y + k * cell, x + 2 * cell, y + k * cell));
          s.append(line(x + k * cell, y, x + k * cell, y + 2 * cell));
        }
        s.append("BT /F1 1 Tf ").append(x + 0.5).append(' ').append(y + 0.5);
        s.append(" Td (1.00) Tj ET\n");
      }
    }
    return s.toString();
  }

  /** One ruled table of {@code columns} narrow columns and two rows, across the page. */
  private static String wideTable(int columns) {
    StringBuilder s = new StringBuilder("0.1 w\n");
    // Wider apart than the tolerance within which two rules are one line.
    double width = 4;
    double right = 10 + columns * width;
    for (int k = 0; k <= 2; k++) {
      s.append(line(10, 400 + k * 10, right, 400 + k * 10));
    }
    for (int c = 0; c <= columns; c++) {
      s.append(line(10 + c * width, 400, 10 + c * width, 420));
    }
    return s.append("BT /F1 1 Tf 11 401 Td (9.00) Tj ET\n").toString();
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(Locale.ROOT, "%.2f %.2f m %.2f %.2f l S%n", x1, y1, x2, y2);
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
