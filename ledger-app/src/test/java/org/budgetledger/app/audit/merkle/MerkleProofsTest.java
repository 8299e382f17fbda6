package org.budgetledger.app.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleProofsTest {

  private static final int MAX = 20;
  private final List<byte[]> leaves = MerkleTreeTest.eventHashes(MAX);
  private final MerkleTree tree = MerkleTree.of(leaves);

  @Test
  void inclusionProofsVerifyForEveryLeafOfEveryTreeUpTo20() {
    for (int n = 1; n <= MAX; n++) {
      for (int m = 0; m < n; m++) {
        List<byte[]> proof = tree.inclusionProof(m, n);
        assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), proof, tree.rootHash(n)))
            .as("leaf %d of %d", m, n)
            .isTrue();
      }
    }
  }

  @Test
  void tamperedInclusionProofsFail() {
    for (int n = 1; n <= MAX; n++) {
      byte[] root = tree.rootHash(n);
      for (int m = 0; m < n; m++) {
        List<byte[]> proof = tree.inclusionProof(m, n);
        String what = "leaf " + m + " of " + n;
        // No wrong-size case: the size is bound by the signed checkpoint, and sizes whose paths
        // have the same shape (leaf 0 of 3 and of 4) legitimately compute the same root.
        assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get((m + 1) % MAX), proof, root))
            .as(what)
            .isFalse();
        assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), proof, flipped(root)))
            .as(what)
            .isFalse();
        assertThat(MerkleProofs.verifyInclusion(m + 1, n, leaves.get(m), proof, root))
            .as(what)
            .isFalse();
        assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), withExtra(proof), root))
            .as(what)
            .isFalse();
        for (int i = 0; i < proof.size(); i++) {
          assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), flippedAt(proof, i), root))
              .as("%s, element %d flipped", what, i)
              .isFalse();
          assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), proof.subList(0, i), root))
              .as("%s, cut to %d", what, i)
              .isFalse();
        }
      }
    }
  }

  @Test
  void consistencyProofsVerifyForEveryPairOfSizesUpTo20() {
    for (int n = 0; n <= MAX; n++) {
      for (int m = 0; m <= n; m++) {
        List<byte[]> proof = tree.consistencyProof(m, n);
        assertThat(MerkleProofs.verifyConsistency(m, n, tree.rootHash(m), tree.rootHash(n), proof))
            .as("%d to %d", m, n)
            .isTrue();
      }
    }
  }

  @Test
  void tamperedConsistencyProofsFail() {
    for (int n = 2; n <= MAX; n++) {
      for (int m = 1; m < n; m++) {
        List<byte[]> proof = tree.consistencyProof(m, n);
        byte[] oldRoot = tree.rootHash(m);
        byte[] newRoot = tree.rootHash(n);
        String what = m + " to " + n;
        assertThat(MerkleProofs.verifyConsistency(m, n, flipped(oldRoot), newRoot, proof))
            .as(what)
            .isFalse();
        assertThat(MerkleProofs.verifyConsistency(m, n, oldRoot, flipped(newRoot), proof))
            .as(what)
            .isFalse();
        assertThat(MerkleProofs.verifyConsistency(m, n, tree.rootHash(m - 1), newRoot, proof))
            .as(what)
            .isFalse();
        assertThat(MerkleProofs.verifyConsistency(m, n, oldRoot, newRoot, withExtra(proof)))
            .as(what)
            .isFalse();
        assertThat(MerkleProofs.verifyConsistency(m, n, oldRoot, newRoot, List.of()))
            .as(what)
            .isFalse();
        for (int i = 0; i < proof.size(); i++) {
          assertThat(MerkleProofs.verifyConsistency(m, n, oldRoot, newRoot, flippedAt(proof, i)))
              .as("%s, element %d flipped", what, i)
              .isFalse();
        }
      }
    }
  }

  @Test
  void aTreeWhosePrefixWasRewrittenIsNotConsistentWithTheOldCheckpoint() {
    List<byte[]> rewritten = new ArrayList<>(leaves);
    rewritten.set(3, flipped(leaves.get(3)));
    MerkleTree forged = MerkleTree.of(rewritten);

    for (int m = 4; m < MAX; m++) {
      assertThat(
              MerkleProofs.verifyConsistency(
                  m, MAX, tree.rootHash(m), forged.rootHash(MAX), forged.consistencyProof(m, MAX)))
          .as("from %d", m)
          .isFalse();
    }
  }

  private static byte[] flipped(byte[] hash) {
    byte[] copy = hash.clone();
    copy[0] ^= 1;
    return copy;
  }

  private static List<byte[]> flippedAt(List<byte[]> proof, int index) {
    List<byte[]> copy = new ArrayList<>(proof);
    copy.set(index, flipped(proof.get(index)));
    return copy;
  }

  private static List<byte[]> withExtra(List<byte[]> proof) {
    List<byte[]> copy = new ArrayList<>(proof);
    copy.add(new byte[32]);
    return copy;
  }
}
