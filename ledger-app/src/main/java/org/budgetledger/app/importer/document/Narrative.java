package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * The text around the tables (district format only; empty for documents without it): 部门概况, 情况说明,
 * 名词解释 and the figures quoted in 情况说明.
 */
public record Narrative(
    String overview, String explanation, List<GlossaryEntry> glossary, List<QuotedFigure> figures) {
  public Narrative {
    glossary = List.copyOf(glossary);
    figures = List.copyOf(figures);
  }

  public static Narrative empty() {
    return new Narrative("", "", List.of(), List.of());
  }

  /** The figures with one key, in document order. */
  public List<QuotedFigure> figures(String key) {
    return figures.stream().filter(f -> f.key().equals(key)).toList();
  }
}
