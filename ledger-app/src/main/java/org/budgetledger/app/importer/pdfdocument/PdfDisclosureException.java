package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import org.budgetledger.app.importer.plan.ImportProblem;

/** A PDF that cannot become a disclosure document; the problems name file, page and reason. */
public class PdfDisclosureException extends Exception {
  private final transient List<ImportProblem> problems;

  public PdfDisclosureException(List<ImportProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
