package org.budgetledger.app.importer.pdf;

/**
 * One glyph as displayed: left x, baseline y (top-left origin, the page's rotation applied), width,
 * height and font size in points.
 */
record Glyph(String text, double x, double baseline, double width, double height, double fontSize) {
  double right() {
    return x + width;
  }

  double centerX() {
    return x + width / 2;
  }

  /** The middle of the glyph's body, above its baseline. */
  double centerY() {
    return baseline - Math.max(height, fontSize * 0.7) / 2;
  }

  double size() {
    return Math.max(fontSize, height);
  }
}
