package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.problem.ProblemText;

/** Collects problems (unreadable input) and warnings (read, with a reservation) of one file. */
final class Problems {
  private final String fileName;
  private final List<ParseProblem> problems = new ArrayList<>();
  private final List<ParseProblem> warnings = new ArrayList<>();

  Problems(String fileName) {
    this.fileName = fileName;
  }

  void add(SourceLine line, String field, ProblemKind kind, Object... args) {
    add(line == null ? 0 : line.lineNo(), line == null ? "" : line.text(), field, kind, args);
  }

  void add(int lineNo, String lineText, String field, ProblemKind kind, Object... args) {
    problems.add(new ParseProblem(fileName, lineNo, field, lineText, ProblemText.of(kind, args)));
  }

  /** A problem said only in English, until its site names its kind. */
  void add(SourceLine line, String field, String message) {
    add(line, field, ProblemKind.OTHER, message);
  }

  void warn(SourceLine line, String field, ProblemKind kind, Object... args) {
    warnings.add(
        new ParseProblem(
            fileName,
            line == null ? 0 : line.lineNo(),
            field,
            line == null ? "" : line.text(),
            ProblemText.of(kind, args)));
  }

  List<ParseProblem> problems() {
    return List.copyOf(problems);
  }

  List<ParseProblem> warnings() {
    return List.copyOf(warnings);
  }
}
