package org.budgetledger.app.importer.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Checks a file's frame before PDFBox sees it: PDFBox repairs what it can, so a file that is not a
 * PDF, or one cut short, would otherwise be read as partly empty instead of being refused.
 */
final class FileCheck {
  private static final int HEADER_WINDOW = 1024;
  private static final int TRAILER_WINDOW = 2048;

  private FileCheck() {}

  static void requirePdfFrame(String name, byte[] bytes) throws PdfReadException {
    String head = ascii(bytes, 0, Math.min(bytes.length, HEADER_WINDOW));
    if (!head.contains("%PDF-")) {
      throw new PdfReadException(
          PdfProblem.NOT_A_PDF,
          name,
          0,
          "no %PDF- header in the first " + HEADER_WINDOW + " bytes");
    }
    int from = Math.max(0, bytes.length - TRAILER_WINDOW);
    if (!ascii(bytes, from, bytes.length).contains("%%EOF")) {
      throw new PdfReadException(
          PdfProblem.TRUNCATED, name, 0, "no %%EOF marker at the end: " + bytes.length + " bytes");
    }
  }

  private static String ascii(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
