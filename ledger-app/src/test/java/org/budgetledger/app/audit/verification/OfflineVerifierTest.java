package org.budgetledger.app.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budgetledger.app.audit.AuditFixture;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.merkle.MerkleTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-checkpoint}, the export and {@code verify-offline}, through files only. */
class OfflineVerifierTest {

  @TempDir Path directory;
  private Path checkpointFile;
  private Path exportFile;
  private Path publicKeyFile;
  private final List<HashedEvent> events = AuditFixture.ledger(12);

  @BeforeEach
  void exportTheLedger() {
    LedgerKeys keys = LedgerKeys.loadOrCreate(directory.resolve("keys"));
    MerkleTree tree = MerkleTree.of(events.stream().map(HashedEvent::storedHash).toList());
    checkpointFile = directory.resolve("checkpoint.txt");
    exportFile = directory.resolve("events.jsonl");
    publicKeyFile = directory.resolve("keys").resolve(LedgerKeys.PUBLIC_FILE);
    OfflineVerifier.writeCheckpoint(
        checkpointFile,
        new CheckpointSigner(keys).sign(12, tree.rootHash(), AuditFixture.SIGNED_AT));
    assertThat(EventLogExport.write(exportFile, events.iterator())).isEqualTo(12);
  }

  @Test
  void anUntouchedExportVerifiesAgainstTheCheckpointFile() {
    VerificationReport report = OfflineVerifier.verify(checkpointFile, exportFile, publicKeyFile);

    assertThat(report.ok()).as(report.summary()).isTrue();
    assertThat(report.checkpointedEvents()).isEqualTo(12);
  }

  @Test
  void theExportReadsBackAsTheSameEventsAndHashes() {
    try (Stream<HashedEvent> read = EventLogExport.read(exportFile)) {
      assertThat(read.toList()).isEqualTo(events);
    }
  }

  @Test
  void namesTheEventWhoseAmountWasEditedInTheExport() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(exportFile));
    lines.set(7, lines.get(7).replace("\\\"amountFen\\\":8000000", "\\\"amountFen\\\":80000000"));
    Files.write(exportFile, lines);

    AuditProblem problem =
        OfflineVerifier.verify(checkpointFile, exportFile, publicKeyFile).problem();

    assertThat(problem.kind()).isEqualTo(ProblemKind.CHANGED);
    assertThat(problem.eventIdentifier()).isEqualTo("evt-7");
  }

  @Test
  void aLineAppendedAfterTheCheckpointIsUnverifiedNeverOk() throws Exception {
    // A forger appends an event with a correctly chained hash: the 13th event of the same ledger.
    List<HashedEvent> longer = AuditFixture.ledger(13);
    Path appended = directory.resolve("appended.jsonl");
    EventLogExport.write(appended, longer.iterator());
    Files.writeString(
        exportFile,
        Files.readAllLines(appended).get(12) + "\n",
        java.nio.file.StandardOpenOption.APPEND);

    VerificationReport report = OfflineVerifier.verify(checkpointFile, exportFile, publicKeyFile);

    assertThat(report.ok()).isFalse();
    assertThat(report.problem().kind()).isEqualTo(ProblemKind.UNVERIFIED);
    assertThat(report.problem().eventIdentifier())
        .isEqualTo(longer.get(12).event().eventIdentifier());
    assertThat(report.checkpointedEvents()).isEqualTo(12);
    assertThat(report.eventsChecked()).isEqualTo(13);
  }

  @Test
  void namesTheEventAfterALineDeletedFromTheExport() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(exportFile));
    lines.remove(1);
    Files.write(exportFile, lines);

    AuditProblem problem =
        OfflineVerifier.verify(checkpointFile, exportFile, publicKeyFile).problem();

    assertThat(problem.kind()).isEqualTo(ProblemKind.MISSING);
    assertThat(problem.eventIdentifier()).isEqualTo("evt-4");
    assertThat(problem.position()).isEqualTo(3);
  }

  @Test
  void rejectsACheckpointFileWhoseTreeSizeWasEdited() throws Exception {
    Files.writeString(
        checkpointFile, Files.readString(checkpointFile).replace("tree-size 12", "tree-size 11"));

    AuditProblem problem =
        OfflineVerifier.verify(checkpointFile, exportFile, publicKeyFile).problem();

    assertThat(problem.kind()).isEqualTo(ProblemKind.SIGNATURE_INVALID);
  }

  @Test
  void rejectsAnExportLineThatIsNotAnEvent() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(exportFile));
    lines.set(2, "{\"globalIndex\":30}");
    Files.write(exportFile, lines);

    assertThatThrownBy(() -> OfflineVerifier.verify(checkpointFile, exportFile, publicKeyFile))
        .isInstanceOf(InvalidExportException.class)
        .hasMessageStartingWith("events.jsonl line 3: not an exported event");
  }

  @Test
  void rejectsAnExportThatIsNotJson() throws Exception {
    Files.writeString(exportFile, "globalIndex,eventIdentifier\n10,evt-0\n");

    assertThatThrownBy(() -> OfflineVerifier.verify(checkpointFile, exportFile, publicKeyFile))
        .isInstanceOf(InvalidExportException.class)
        .hasMessageStartingWith("events.jsonl line 1: not an exported event");
  }
}
