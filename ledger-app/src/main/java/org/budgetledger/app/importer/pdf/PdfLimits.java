package org.budgetledger.app.importer.pdf;

/**
 * What the reader accepts, so that a hostile or broken file cannot exhaust memory or time. The
 * defaults hold the largest published budgets seen (262 pages, about 10,000 glyphs a page, 40
 * tables) with a wide margin.
 *
 * <p>Ruling lines are bounded per page because grouping them into tables compares every pair; the
 * columns of a table bound its cells per row, and with the rulings its grid; the tables of a
 * document bound what is rendered and imported.
 */
public record PdfLimits(
    long maxFileBytes,
    int maxPages,
    int maxGlyphsPerPage,
    int maxRulingsPerPage,
    int maxTables,
    int maxColumns) {
  public static final PdfLimits DEFAULT =
      new PdfLimits(100L * 1024 * 1024, 3000, 200_000, 5_000, 1_000, 200);

  /** The first three limits as given, the others the defaults. */
  public PdfLimits(long maxFileBytes, int maxPages, int maxGlyphsPerPage) {
    this(maxFileBytes, maxPages, maxGlyphsPerPage, 5_000, 1_000, 200);
  }
}
