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

  /**
   * Unknowns of one reconstruction: the lines the solver finds amounts for (支出总表's rows × the units
   * of 一般公共预算支出表 × the codes of 基本支出表 or of a 项目支出 table by economic code, and × the other fund
   * sources' units). The corpus needs at most 1,101 (Guangzhou c04460f2, 2026-12-06); a PDF within
   * the reader's limits could print enough rows and codes for millions.
   */
  public static final int MAX_UNKNOWNS = 20_000;

  /** Published figures taken as margins of one reconstruction; the corpus needs at most 796. */
  public static final int MAX_MARGINS = 10_000;

  /**
   * Unknowns named by all margins together (a margin holds the ids of its cells); the corpus needs
   * at most 19,504 (Guangzhou c04460f2).
   */
  public static final int MAX_MARGIN_TERMS = 400_000;

  /**
   * Entries of the solver's dense simplex tableau, margins × 2 (unknowns + margins): ojAlgo's
   * default LP holds it whole, in doubles. The corpus needs at most 2.3 million (Beijing 482a23e1:
   * 796 × 2 × (647 + 796)), 18 MB; the limit is 25 million, 200 MB.
   */
  public static final long MAX_LP_ENTRIES = 25_000_000L;

  /**
   * Rounds of setting contradicted totals aside and solving again ({@code ContradictedTotals}):
   * each round solves the whole LP once more. The corpus needs at most 1 (Hangzhou e488d331,
   * 2026-12-06); a document whose errors nest (项 under 款 under 类 under 合计, each wrong) needs one
   * per level.
   */
  public static final int MAX_CONTRADICTION_ROUNDS = 12;

  /** Files of one batch (CLI, page). */
  public static final int MAX_BATCH_FILES = 200;

  private ImportLimits() {}
}
