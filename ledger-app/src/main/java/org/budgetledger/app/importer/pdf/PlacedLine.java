package org.budgetledger.app.importer.pdf;

/** A text line outside tables with where it stands on its page. */
record PlacedLine(PdfTextLine line, double top, double bottom, double left) {
  String text() {
    return line.text();
  }

  double fontSize() {
    return line.fontSize();
  }
}
