package org.budgetledger.app.importer.input;

/**
 * What the importer reads at most, so that no file can exhaust the heap or the solver: a
 * department's published text is about 100 KB, 2,000 lines of at most a few hundred characters and
 * 15 cells, in 13 tables. The limits leave two orders of magnitude above that.
 */
public final class ImportLimits {
  /** Bytes of one file. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** Lines of one file. */
  public static final int MAX_LINES = 100_000;

  /** Characters of one line. */
  public static final int MAX_LINE_CHARS = 4_000;

  /** Tab-separated cells of one line. */
  public static final int MAX_CELLS = 64;

  /** Files of one batch (CLI, page). */
  public static final int MAX_BATCH_FILES = 200;

  private ImportLimits() {}
}
