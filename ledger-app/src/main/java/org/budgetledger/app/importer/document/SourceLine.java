package org.budgetledger.app.importer.document;

import java.util.List;

/** One line of the extracted text with its 1-based number; PDF table cells are tab-separated. */
record SourceLine(int lineNo, String text) {

  List<String> cells() {
    return List.of(text.split("\t", -1));
  }

  boolean isBlank() {
    return text.isBlank();
  }

  boolean hasTabs() {
    return text.indexOf('\t') >= 0;
  }

  String stripped() {
    return text.strip();
  }
}
