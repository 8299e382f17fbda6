package org.budgetledger.app.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.audit.AuditFixture.checkpoint;
import static org.budgetledger.app.audit.AuditFixture.ledger;
import static org.budgetledger.app.audit.AuditFixture.verify;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.audit.AuditFixture;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Swapped and forged events; position p of the fixture is "evt-p" of budget p mod 3, sequence p /
 * 3.
 */
class ChainVerifierOrderTest {

  private final List<HashedEvent> original = ledger(12);
  private final List<HashedEvent> events = new ArrayList<>(original);
  private final Checkpoint signed = checkpoint(original, 12);

  @Nested
  class Reordered {
    @Test
    void namesTheFirstOfTwoSwappedEventsOfOneAggregate() {
      List<HashedEvent> swapped = AuditFixture.swapRows(events, 4, 7);

      AuditProblem problem = verify(swapped, signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.REORDERED);
      assertThat(problem.position()).isEqualTo(4);
      assertThat(problem.eventIdentifier()).isEqualTo("evt-7");
      assertThat(problem.globalIndex()).isEqualTo(50);
      assertThat(problem.message())
          .contains("comes before sequence 1 of its aggregate (evt-4, global index 80)");
    }

    @Test
    void locatesEventsOfTwoAggregatesSwappedInGlobalOrderBetweenCheckpoints() {
      List<HashedEvent> swapped = AuditFixture.swapRows(events, 3, 4);

      AuditProblem problem =
          verify(swapped, checkpoint(original, 3), checkpoint(original, 6), signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.CHECKPOINT_MISMATCH);
      assertThat(problem.position()).isEqualTo(3);
      assertThat(problem.eventIdentifier()).isEqualTo("evt-4");
      assertThat(problem.message()).contains("positions 3 to 5", "swapped across aggregates");
    }

    @Test
    void namesTheLineOfAnExportThatComesBeforeItsPredecessor() {
      events.set(3, original.get(4));
      events.set(4, original.get(3));

      AuditProblem problem = verify(events, signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.REORDERED);
      assertThat(problem.position()).isEqualTo(4);
      assertThat(problem.eventIdentifier()).isEqualTo("evt-3");
      assertThat(problem.message()).contains("comes after global index 50");
    }
  }

  @Nested
  class Inserted {
    private final HashedEvent last = original.get(3);
    private final StoredEvent forged =
        AuditFixture.event(55, "forged-1", last.event().aggregateIdentifier(), 1, 1);

    @Test
    void namesAForgedEventWithoutARecordedHash() {
      events.add(5, new HashedEvent(forged, null));

      AuditProblem problem = verify(events, signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.INSERTED);
      assertThat(problem.position()).isEqualTo(5);
      assertThat(problem.eventIdentifier()).isEqualTo("forged-1");
      assertThat(problem.message()).contains("has no recorded hash");
    }

    @Test
    void namesAForgedEventThatRepeatsASequenceNumberWithAWellFormedHash() {
      byte[] chainedToSequenceZero = new EventHasher().hash(forged, original.get(0).storedHash());
      events.add(5, new HashedEvent(forged, chainedToSequenceZero));

      AuditProblem problem = verify(events, signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.INSERTED);
      assertThat(problem.position()).isEqualTo(5);
      assertThat(problem.eventIdentifier()).isEqualTo("forged-1");
      assertThat(problem.message()).contains("repeats a sequence number");
    }

    @Test
    void locatesAForgedEventWithARecomputedChainInsideTheSignedLog() {
      StoredEvent appended =
          AuditFixture.event(105, "forged-2", last.event().aggregateIdentifier(), 4, 1);
      events.add(
          10,
          new HashedEvent(
              appended, new EventHasher().hash(appended, original.get(9).storedHash())));

      AuditProblem problem = verify(events, checkpoint(original, 9), signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.CHECKPOINT_MISMATCH);
      assertThat(problem.position()).isEqualTo(9);
      assertThat(problem.message())
          .contains("positions 9 to 11", "forged with a recomputed chain hash");
    }
  }
}
