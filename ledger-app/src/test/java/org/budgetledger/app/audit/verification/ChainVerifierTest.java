package org.budgetledger.app.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.audit.AuditFixture.BUDGETS;
import static org.budgetledger.app.audit.AuditFixture.checkpoint;
import static org.budgetledger.app.audit.AuditFixture.ledger;
import static org.budgetledger.app.audit.AuditFixture.verify;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.audit.AuditFixture;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.merkle.MerkleProofs;
import org.budgetledger.app.audit.merkle.MerkleTree;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Position p of the fixture is event "evt-p" of budget p mod 3, at sequence number p / 3. */
class ChainVerifierTest {

  private final List<HashedEvent> original = ledger(12);
  private final List<HashedEvent> events = new ArrayList<>(original);
  private final Checkpoint signed = checkpoint(original, 12);

  @Test
  void anUntouchedLogVerifies() {
    VerificationReport report = verify(events, signed);

    assertThat(report.ok()).isTrue();
    assertThat(report.eventsChecked()).isEqualTo(12);
    assertThat(report.checkpointedEvents()).isEqualTo(12);
    assertThat(report.summary())
        .isEqualTo("OK: 12 events checked, the first 12 covered by a signed checkpoint");
  }

  @Test
  void eventsWrittenAfterTheLatestCheckpointAreUnverifiedNeverOk() {
    VerificationReport report = verify(ledger(15), signed);

    assertThat(report.ok()).isFalse();
    assertThat(report.eventsChecked()).isEqualTo(15);
    assertThat(report.checkpointedEvents()).isEqualTo(12);
    assertThat(report.problem().kind()).isEqualTo(ProblemKind.UNVERIFIED);
    assertThat(report.problem().position()).isEqualTo(12);
    assertThat(report.problem().eventIdentifier()).isEqualTo("evt-12");
    assertThat(report.summary())
        .startsWith(
            "UNVERIFIED: 15 events checked, the first 12 covered"
                + " by a signed tree head; 3 events from position 12 on are beyond the latest signed tree"
                + " head (tree size 12)");
  }

  @Test
  void rejectsACheckpointAlteredAfterSigning() {
    Checkpoint enlarged =
        new Checkpoint(
            13, signed.rootHash(), signed.createdAt(), signed.keyId(), signed.signature());

    AuditProblem problem = verify(events, enlarged).problem();

    assertThat(problem.kind()).isEqualTo(ProblemKind.SIGNATURE_INVALID);
    assertThat(problem.position()).isEqualTo(-1);
    assertThat(problem.message()).contains("tree size 13", "or was altered after signing");
  }

  @Nested
  class Changed {
    @Test
    void namesTheEventWhosePayloadAmountWasEdited() {
      events.set(4, AuditFixture.withAmount(original.get(4), 999));

      AuditProblem problem = verify(events, signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.CHANGED);
      assertThat(problem.position()).isEqualTo(4);
      assertThat(problem.globalIndex()).isEqualTo(50);
      assertThat(problem.eventIdentifier()).isEqualTo("evt-4");
      assertThat(problem.aggregateIdentifier()).isEqualTo(BUDGETS.get(1));
      assertThat(problem.sequenceNumber()).isEqualTo(1);
      assertThat(problem.message()).contains("does not match the hash recorded");
    }

    @Test
    void aProofForAnUntouchedEventStillVerifiesAgainstTheCheckpoint() {
      events.set(4, AuditFixture.withAmount(original.get(4), 999));
      // The ledger proves from the hashes it recorded; the auditor hashes the events it was shown.
      MerkleTree recorded = MerkleTree.of(events.stream().map(HashedEvent::storedHash).toList());
      List<HashedEvent> shown =
          AuditFixture.hashChains(events.stream().map(HashedEvent::event).toList());

      assertThat(
              MerkleProofs.verifyInclusion(
                  2,
                  12,
                  shown.get(2).storedHash(),
                  recorded.inclusionProof(2, 12),
                  signed.rootHashBytes()))
          .isTrue();
      assertThat(
              MerkleProofs.verifyInclusion(
                  4,
                  12,
                  shown.get(4).storedHash(),
                  recorded.inclusionProof(4, 12),
                  signed.rootHashBytes()))
          .isFalse();
    }
  }

  @Nested
  class Missing {
    @Test
    void namesTheEventAfterTheGapInItsAggregate() {
      events.remove(4);

      AuditProblem problem = verify(events, signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.MISSING);
      assertThat(problem.position()).isEqualTo(6);
      assertThat(problem.eventIdentifier()).isEqualTo("evt-7");
      assertThat(problem.sequenceNumber()).isEqualTo(2);
      assertThat(problem.message())
          .isEqualTo(
              "aggregate "
                  + BUDGETS.get(1)
                  + " has no event with sequence 1"
                  + " before event evt-7 (aggregate "
                  + BUDGETS.get(1)
                  + ", sequence 2, global index 80): it was deleted");
    }

    @Test
    void reportsALogShorterThanTheSignedTreeSize() {
      events.remove(11);

      AuditProblem problem = verify(events, signed).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.MISSING);
      assertThat(problem.position()).isEqualTo(11);
      assertThat(problem.eventIdentifier()).isNull();
      assertThat(problem.message()).contains("signed 12 events but the log has only 11");
    }

    @Test
    void deletingTheLastEventOfAnAggregateChangesOnlyTheSignedRoot() {
      Checkpoint ofTen = checkpoint(original, 10);
      events.remove(9);

      AuditProblem problem = verify(events, checkpoint(original, 6), ofTen).problem();

      assertThat(problem.kind()).isEqualTo(ProblemKind.CHECKPOINT_MISMATCH);
      assertThat(problem.position()).isEqualTo(6);
      assertThat(problem.message()).contains("positions 6 to 9");
    }
  }
}
