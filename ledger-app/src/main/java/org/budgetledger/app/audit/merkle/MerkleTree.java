package org.budgetledger.app.audit.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.app.audit.chain.EventHasher;

/**
 * An RFC 9162 §2.1 Merkle tree over event hashes in global order, able to prove inclusion
 * (§2.1.3.1) and consistency (§2.1.4.1) against any earlier size.
 *
 * <p>Leaf hashes are kept in one flat array, 32 bytes per event (32 MB for a million events), and
 * inner nodes are recomputed per proof: a proof costs O(n) hashing but no memory beyond the leaves.
 * Verifying proofs is {@link MerkleProofs}; verifying a whole log is {@link MerkleFrontier}.
 */
public final class MerkleTree {

  private static final int HASH = EventHasher.HASH_LENGTH;

  private final MerkleHasher hasher = new MerkleHasher();
  private byte[] leafHashes = new byte[HASH * 1024];
  private int size;

  /** A tree over the given leaves, in order. */
  public static MerkleTree of(List<byte[]> leaves) {
    MerkleTree tree = new MerkleTree();
    leaves.forEach(tree::append);
    return tree;
  }

  /** Appends the next event hash as a leaf. */
  public void append(byte[] leaf) {
    if ((long) (size + 1) * HASH > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("an in-memory tree holds at most 67 million leaves");
    }
    if ((size + 1) * HASH > leafHashes.length) {
      leafHashes =
          Arrays.copyOf(leafHashes, (int) Math.min(Integer.MAX_VALUE - 8, 2L * leafHashes.length));
    }
    System.arraycopy(hasher.leafHash(leaf), 0, leafHashes, size * HASH, HASH);
    size++;
  }

  public long size() {
    return size;
  }

  /** MTH(D[n]) over all leaves. */
  public byte[] rootHash() {
    return subtreeRoot(0, size);
  }

  /** MTH(D[treeSize]): the root a checkpoint of that size signed. */
  public byte[] rootHash(long treeSize) {
    return subtreeRoot(0, checkedSize(treeSize));
  }

  /** PATH(m, D[treeSize]): the audit path proving that leaf m is in the tree of that size. */
  public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
    int n = checkedSize(treeSize);
    if (leafIndex < 0 || leafIndex >= n) {
      throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of size " + n);
    }
    List<byte[]> proof = new ArrayList<>();
    path((int) leafIndex, 0, n, proof);
    return proof;
  }

  /** PROOF(m, D[newSize]): proves the tree of oldSize is a prefix of the tree of newSize. */
  public List<byte[]> consistencyProof(long oldSize, long newSize) {
    int n = checkedSize(newSize);
    if (oldSize < 0 || oldSize > n) {
      throw new IllegalArgumentException("size " + oldSize + " is not a prefix of size " + n);
    }
    List<byte[]> proof = new ArrayList<>();
    // Empty and equal trees are consistent with no proof at all (RFC 9162 §2.1.4.1 covers 0<m<n).
    if (oldSize > 0 && oldSize < n) {
      subproof((int) oldSize, 0, n, true, proof);
    }
    return proof;
  }

  private void path(int m, int from, int to, List<byte[]> proof) {
    if (to - from == 1) {
      return;
    }
    int k = largestPowerOfTwoBelow(to - from);
    if (m < k) {
      path(m, from, from + k, proof);
      proof.add(subtreeRoot(from + k, to));
    } else {
      path(m - k, from + k, to, proof);
      proof.add(subtreeRoot(from, from + k));
    }
  }

  private void subproof(int m, int from, int to, boolean wholeOldTree, List<byte[]> proof) {
    if (m == to - from) {
      // The verifier already holds the old root; any other complete subtree must be sent.
      if (!wholeOldTree) {
        proof.add(subtreeRoot(from, to));
      }
      return;
    }
    int k = largestPowerOfTwoBelow(to - from);
    if (m <= k) {
      subproof(m, from, from + k, wholeOldTree, proof);
      proof.add(subtreeRoot(from + k, to));
    } else {
      subproof(m - k, from + k, to, false, proof);
      proof.add(subtreeRoot(from, from + k));
    }
  }

  private byte[] subtreeRoot(int from, int to) {
    MerkleFrontier frontier = new MerkleFrontier();
    for (int i = from; i < to; i++) {
      frontier.appendLeafHash(Arrays.copyOfRange(leafHashes, i * HASH, (i + 1) * HASH));
    }
    return frontier.root();
  }

  private int checkedSize(long treeSize) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException(
          "tree of size " + treeSize + " is not within " + size + " leaves");
    }
    return (int) treeSize;
  }

  /** The k of RFC 9162: the largest power of two strictly smaller than n, for n > 1. */
  static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }
}
