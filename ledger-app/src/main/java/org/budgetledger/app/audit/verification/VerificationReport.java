package org.budgetledger.app.audit.verification;

import java.util.Optional;

/**
 * The outcome of an audit: OK, or the first problem found.
 *
 * <p>{@code eventsChecked} counts the events read; {@code checkpointedEvents} how many of them,
 * from the start, a verified signed checkpoint or tree head covers. Events after that are
 * chain-checked only, and a forged event with a correctly computed chain hash could be among them:
 * such a tail is reported as {@link ProblemKind#UNVERIFIED}, never OK.
 */
public record VerificationReport(
    long eventsChecked, long checkpointedEvents, AuditProblem problem) {

  public boolean ok() {
    return problem == null;
  }

  public Optional<AuditProblem> firstProblem() {
    return Optional.ofNullable(problem);
  }

  /** One line for the command line and the logs. */
  public String summary() {
    if (ok()) {
      return "OK: "
          + eventsChecked
          + " events checked, the first "
          + checkpointedEvents
          + " covered by a signed checkpoint";
    }
    if (problem.kind() == ProblemKind.UNVERIFIED) {
      return "UNVERIFIED: "
          + eventsChecked
          + " events checked, the first "
          + checkpointedEvents
          + " covered by a signed tree head; "
          + problem.message();
    }
    return "FAILED after " + eventsChecked + " events: " + problem;
  }
}
