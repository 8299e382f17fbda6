package org.budgetledger.app.importer.plan;

import java.util.List;

/** The document cannot become ledger events; nothing was imported. */
public class ImportRejectedException extends RuntimeException {
  private final List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super(problems.size() + " problem(s): " + problems.get(0) + (problems.size() > 1 ? " …" : ""));
    this.problems = List.copyOf(problems);
  }

  public ImportRejectedException(ImportProblem problem) {
    this(List.of(problem));
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
