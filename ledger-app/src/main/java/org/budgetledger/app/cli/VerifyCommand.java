package org.budgetledger.app.cli;

import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.ProblemKind;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.budgetledger.app.readmodel.ProcessorStatus;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code ./ledger verify}: recomputes every chain and checkpoint; exit 0 when OK, 3 when events are
 * beyond the latest signed tree head (UNVERIFIED), 1 when the log was tampered with.
 */
@Component
@Command(
    name = "verify",
    description = "Verify the event log against its hash chains and signed checkpoints.")
public class VerifyCommand implements LedgerSubcommand {
  private final AuditTrail trail;
  private final ReadModelMonitor readModels;

  public VerifyCommand(AuditTrail trail, ReadModelMonitor readModels) {
    this.trail = trail;
    this.readModels = readModels;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    VerificationReport report = trail.verify();
    print(report, (System.nanoTime() - start) / 1e9);
    // The log can be intact while the tables leave part of it out: a stopped read model fails too.
    boolean stopped = false;
    for (ProcessorStatus s : readModels.status()) {
      System.out.println("  " + s.describe());
      stopped |= s.stopped();
    }
    return stopped ? 1 : exitCode(report);
  }

  static int exitCode(VerificationReport report) {
    if (report.ok()) {
      return 0;
    }
    return report.problem().kind() == ProblemKind.UNVERIFIED ? 3 : 1;
  }

  static void print(VerificationReport report, double seconds) {
    System.out.println(report.summary());
    AuditProblem p = report.problem();
    if (p != null) {
      System.out.println("  kind:        " + p.kind());
      System.out.println("  position:    " + p.position());
      System.out.println("  global index " + p.globalIndex());
      System.out.println("  event:       " + p.eventIdentifier());
      System.out.println(
          "  aggregate:   " + p.aggregateIdentifier() + ", sequence " + p.sequenceNumber());
    }
    System.out.printf("  %.2f s, %,.0f events/s%n", seconds, report.eventsChecked() / seconds);
  }
}
