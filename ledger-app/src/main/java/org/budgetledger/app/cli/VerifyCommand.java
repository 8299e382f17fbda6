package org.budgetledger.app.cli;

import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code ./ledger verify}: recomputes every chain and checkpoint; exit 0 when OK, 1 when not. */
@Component
@Command(name = "verify", description = "Verify the event log against its hash chains and signed checkpoints.")
public class VerifyCommand implements LedgerSubcommand {
  private final AuditTrail trail;

  public VerifyCommand(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    VerificationReport report = trail.verify();
    print(report, (System.nanoTime() - start) / 1e9);
    return report.ok() ? 0 : 1;
  }

  static void print(VerificationReport report, double seconds) {
    System.out.println(report.summary());
    AuditProblem p = report.problem();
    if (p != null) {
      System.out.println("  kind:        " + p.kind());
      System.out.println("  position:    " + p.position());
      System.out.println("  global index " + p.globalIndex());
      System.out.println("  event:       " + p.eventIdentifier());
      System.out.println("  aggregate:   " + p.aggregateIdentifier() + ", sequence " + p.sequenceNumber());
    }
    System.out.printf("  %.2f s, %,.0f events/s%n", seconds, report.eventsChecked() / seconds);
  }
}
