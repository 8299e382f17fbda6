package org.budgetledger.app.readmodel;

/**
 * Where one read model's processor stands: the last event it has applied ({@code position}, a
 * global index of the event store, -1 before the first), the store's last event ({@code head}),
 * and, when it cannot go on, the event it failed on and why.
 */
public record ProcessorStatus(
    String processor, long position, long head, ProcessorFailure failure) {

  public boolean stopped() {
    return failure != null;
  }

  public long behind() {
    return Math.max(0, head - position);
  }

  /** One line for a terminal, a health report and a page banner. */
  public String describe() {
    if (stopped()) {
      return "read model "
          + processor
          + " stopped at event #"
          + failure.eventIndex()
          + " ("
          + failure.eventType()
          + " "
          + failure.eventId()
          + ") after "
          + failure.attempts()
          + " attempt(s): "
          + failure.error()
          + "; it has applied events up to #"
          + position
          + " of "
          + head
          + ", tables, balances and reconciliation leave out the rest";
    }
    return behind() == 0
        ? "read model " + processor + " up to date at event #" + head
        : "read model "
            + processor
            + " at event #"
            + position
            + " of "
            + head
            + " ("
            + behind()
            + " behind)";
  }
}
