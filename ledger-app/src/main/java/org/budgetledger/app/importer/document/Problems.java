package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;

/** Collects problems (unreadable input) and warnings (read, with a reservation) of one file. */
final class Problems {
  private final String fileName;
  private final List<ParseProblem> problems = new ArrayList<>();
  private final List<ParseProblem> warnings = new ArrayList<>();

  Problems(String fileName) {
    this.fileName = fileName;
  }

  void add(SourceLine line, String field, String message) {
    add(line == null ? 0 : line.lineNo(), line == null ? "" : line.text(), field, message);
  }

  void add(int lineNo, String lineText, String field, String message) {
    problems.add(new ParseProblem(fileName, lineNo, field, lineText, message));
  }

  void warn(SourceLine line, String field, String message) {
    warnings.add(
        new ParseProblem(
            fileName,
            line == null ? 0 : line.lineNo(),
            field,
            line == null ? "" : line.text(),
            message));
  }

  List<ParseProblem> problems() {
    return List.copyOf(problems);
  }

  List<ParseProblem> warnings() {
    return List.copyOf(warnings);
  }
}
