package org.budgetledger.app.importer.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (bottom-left origin) to the page as displayed: crop box origin, top-left
 * origin, and the page's /Rotate applied, the same way PDFBox places text positions.
 */
record PageGeometry(double left, double bottom, double width, double height, int rotation) {
  static PageGeometry of(PDPage page) {
    PDRectangle crop = page.getCropBox();
    int rotation = ((page.getRotation() % 360) + 360) % 360;
    return new PageGeometry(
        crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), rotation);
  }

  /** Whether a user-space point lies on the visible page. */
  boolean onPage(double ux, double uy) {
    return ux >= left && ux <= left + width && uy >= bottom && uy <= bottom + height;
  }

  double displayX(double ux, double uy) {
    double x = ux - left;
    double y = uy - bottom;
    return switch (rotation) {
      case 90 -> y;
      case 180 -> width - x;
      case 270 -> height - y;
      default -> x;
    };
  }

  double displayY(double ux, double uy) {
    double x = ux - left;
    double y = uy - bottom;
    return switch (rotation) {
      case 90 -> x;
      case 180 -> y;
      case 270 -> width - x;
      default -> height - y;
    };
  }
}
