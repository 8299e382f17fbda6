package org.budgetledger.app.inquiry;

/**
 * Told after each step of long work (one table of thirteen), so the CLI can draw a progress bar;
 * REST callers pass {@link #NONE}.
 */
@FunctionalInterface
public interface Progress {
  Progress NONE = (label, done, total) -> {};

  void step(String label, int done, int total);
}
