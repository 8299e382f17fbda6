package org.budgetledger.app.cli;

import java.io.PrintWriter;
import org.budgetledger.app.inquiry.Progress;

/** A progress bar on standard error, so that standard output stays clean for redirection. */
final class ProgressBar implements Progress {
  private static final int WIDTH = 26;
  private final PrintWriter err = Terminal.err();

  @Override
  public void step(String label, int done, int total) {
    int filled = total == 0 ? WIDTH : WIDTH * done / total;
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + label
            + "   ");
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
