package org.budgetledger.app.api;

import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.VerificationReport;

/** The outcome of {@code verify}: OK, or the first problem with its position and identifiers. */
public record VerificationView(
    boolean ok, String summary, long eventsChecked, long checkpointedEvents, AuditProblem problem) {

  static VerificationView of(VerificationReport r) {
    return new VerificationView(
        r.ok(), r.summary(), r.eventsChecked(), r.checkpointedEvents(), r.problem());
  }
}
