package org.budgetledger.app.readmodel;

/**
 * A write refused because a read model has stopped on an event already recorded: recording more
 * would only widen what the tables leave out. Nothing was written.
 */
public class ReadModelStoppedException extends RuntimeException {
  private final transient ProcessorStatus status;

  public ReadModelStoppedException(ProcessorStatus status) {
    super(
        "nothing was recorded: "
            + status.describe()
            + "; writes are refused until it is repaired (./ledger status)");
    this.status = status;
  }

  public ProcessorStatus status() {
    return status;
  }
}
