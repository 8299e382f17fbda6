package org.budgetledger.app.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.budgetledger.app.audit.AuditFixture;
import org.budgetledger.app.audit.merkle.MerkleTreeTest;
import org.junit.jupiter.api.Test;

class CheckpointSignerTest {

  private static final byte[] ROOT = MerkleTreeTest.eventHashes(1).get(0);
  private final CheckpointSigner signer = new CheckpointSigner(AuditFixture.KEYS);
  private final Checkpoint checkpoint = signer.sign(1000, ROOT, AuditFixture.SIGNED_AT);

  @Test
  void aSignedCheckpointVerifiesWithTheLedgersPublicKey() {
    assertThat(CheckpointSigner.verify(checkpoint, AuditFixture.KEYS.publicKey())).isTrue();
    assertThat(checkpoint.keyId()).isEqualTo(AuditFixture.KEYS.keyId()).hasSize(16);
    assertThat(checkpoint.createdAt()).isEqualTo("2025-03-01T08:00:00Z");
  }

  @Test
  void signsExactlyAsTheJdkDoesForLedgerKeysOldAndNew() {
    for (LedgerKeys keys : java.util.List.of(AuditFixture.KEYS, LedgerKeys.generate())) {
      CheckpointSigner signing = new CheckpointSigner(keys);
      for (long size : new long[] {1, 1000, 123_456_789}) {
        byte[] message =
            Checkpoint.signedText(size, checkpoint.rootHash(), checkpoint.createdAt(), keys.keyId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(signing.signature(message)).isEqualTo(signing.jdkSignature(message));
      }
      assertThat(CheckpointSigner.verify(signing.sign(7, ROOT, Instant.EPOCH), keys.publicKey()))
          .isTrue();
    }
  }

  @Test
  void rejectsACheckpointWhoseTreeSizeRootOrTimeWasChanged() {
    String root = checkpoint.rootHash();
    String otherRoot = (root.charAt(0) == '0' ? "1" : "0") + root.substring(1);
    Checkpoint shrunk =
        new Checkpoint(
            999, root, checkpoint.createdAt(), checkpoint.keyId(), checkpoint.signature());
    Checkpoint rerooted =
        new Checkpoint(
            1000, otherRoot, checkpoint.createdAt(), checkpoint.keyId(), checkpoint.signature());
    Checkpoint redated =
        new Checkpoint(
            1000, root, "2025-03-02T08:00:00Z", checkpoint.keyId(), checkpoint.signature());

    assertThat(CheckpointSigner.verify(shrunk, AuditFixture.KEYS.publicKey())).isFalse();
    assertThat(CheckpointSigner.verify(rerooted, AuditFixture.KEYS.publicKey())).isFalse();
    assertThat(CheckpointSigner.verify(redated, AuditFixture.KEYS.publicKey())).isFalse();
  }

  @Test
  void rejectsACheckpointSignedWithAnotherKeyOrAGarbledSignature() {
    LedgerKeys other = LedgerKeys.generate();
    Checkpoint foreign = new CheckpointSigner(other).sign(1000, ROOT, AuditFixture.SIGNED_AT);
    Checkpoint relabelled =
        new Checkpoint(
            1000,
            foreign.rootHash(),
            foreign.createdAt(),
            AuditFixture.KEYS.keyId(),
            foreign.signature());
    Checkpoint garbled =
        new Checkpoint(
            1000, checkpoint.rootHash(), checkpoint.createdAt(), checkpoint.keyId(), "not*base64");

    assertThat(CheckpointSigner.verify(foreign, AuditFixture.KEYS.publicKey())).isFalse();
    assertThat(CheckpointSigner.verify(relabelled, AuditFixture.KEYS.publicKey())).isFalse();
    assertThat(CheckpointSigner.verify(garbled, AuditFixture.KEYS.publicKey())).isFalse();
  }

  @Test
  void aCheckpointFileReadsBackAsTheSameCheckpoint() {
    String file = checkpoint.toFileText();

    assertThat(file).startsWith("budget-ledger audit checkpoint v1\ntree-size 1000\nroot-hash ");
    assertThat(Checkpoint.parse(file)).isEqualTo(checkpoint);
  }

  @Test
  void signingIsDeterministicForTheSameInput() {
    assertThat(signer.sign(1000, ROOT, Instant.parse("2025-03-01T08:00:00Z")))
        .isEqualTo(checkpoint);
  }

  @Test
  void rejectsACheckpointFileWithAMissingOrRenamedLine() {
    String withoutTime = checkpoint.toFileText().replaceFirst("created-at [^\\n]*\\n", "");
    String renamed = checkpoint.toFileText().replace("tree-size", "size");

    assertThatThrownBy(() -> Checkpoint.parse(withoutTime))
        .isInstanceOf(InvalidCheckpointException.class)
        .hasMessageContaining("expected the 6 lines");
    assertThatThrownBy(() -> Checkpoint.parse(renamed))
        .isInstanceOf(InvalidCheckpointException.class)
        .hasMessage("line 2 of the checkpoint should start with 'tree-size '");
  }
}
