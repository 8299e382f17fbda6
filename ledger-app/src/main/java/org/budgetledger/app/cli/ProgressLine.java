package org.budgetledger.app.cli;

/** A one-line progress indicator on standard error, so piped output stays clean. */
public final class ProgressLine {
  private static final int WIDTH = 30;

  private ProgressLine() {}

  public static void show(String what) {
    if (System.console() != null) {
      System.err.print("\r… " + what);
      System.err.flush();
    }
  }

  /** A bar: {@code [#######.......] 45% what}. */
  public static void bar(long done, long total, String what) {
    if (System.console() == null || total <= 0) {
      return;
    }
    int filled = (int) Math.min(WIDTH, done * WIDTH / total);
    System.err.print(
        "\r["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + (done * 100 / total)
            + "% "
            + what);
    System.err.flush();
  }

  public static void clear() {
    if (System.console() != null) {
      System.err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      System.err.flush();
    }
  }
}
