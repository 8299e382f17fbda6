package org.budgetledger.app.importer.document;

import java.util.Comparator;
import java.util.List;

/** What the parser read and what it could not read; it never fills a gap with a guess. */
public record ParseResult(DisclosureDocument document, List<ParseProblem> problems) {
  public ParseResult {
    // In document order, so a reader can walk the source from top to bottom.
    problems = problems.stream().sorted(Comparator.comparingInt(ParseProblem::lineNo)).toList();
  }

  /** True when every table row and narrative figure was read (warnings do not count). */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
