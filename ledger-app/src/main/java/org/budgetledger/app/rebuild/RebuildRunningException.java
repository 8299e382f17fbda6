package org.budgetledger.app.rebuild;

/**
 * A rebuild refused because another one holds the cluster's rebuild lock: one rebuild at a time, or
 * two would fill the same slot. Nothing was changed.
 */
public class RebuildRunningException extends RuntimeException {
  public RebuildRunningException(String running) {
    super(
        "a rebuild of the read models is already running ("
            + running
            + "); nothing was changed: try again when it has finished");
  }
}
