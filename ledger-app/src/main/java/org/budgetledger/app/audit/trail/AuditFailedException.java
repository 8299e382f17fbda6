package org.budgetledger.app.audit.trail;

import org.budgetledger.app.audit.verification.VerificationReport;

/** The log failed verification, so the operation that needed an intact log was refused. */
public class AuditFailedException extends RuntimeException {

  private final transient VerificationReport report;

  public AuditFailedException(VerificationReport report) {
    super("the event log failed verification, nothing was signed: " + report.summary());
    this.report = report;
  }

  public VerificationReport report() {
    return report;
  }
}
