package org.budgetledger.app.importer.pdf;

/**
 * What the reader accepts, so that a hostile or broken file cannot exhaust memory or time. The
 * defaults hold the largest published budgets seen (262 pages, about 10,000 glyphs a page) with a
 * wide margin.
 */
public record PdfLimits(long maxFileBytes, int maxPages, int maxGlyphsPerPage) {
  public static final PdfLimits DEFAULT = new PdfLimits(100L * 1024 * 1024, 3000, 200_000);
}
