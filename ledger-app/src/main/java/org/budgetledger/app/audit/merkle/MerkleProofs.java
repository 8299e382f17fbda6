package org.budgetledger.app.audit.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs, needing only the
 * proof, the sizes and the signed roots; what an auditor runs against a checkpoint.
 *
 * <p>The algorithms follow the RFC step by step (fn, sn, fr, sr are its names) so that they can be
 * checked against the text. A proof that does not fit the sizes or roots yields {@code false}, not
 * an exception.
 */
public final class MerkleProofs {

  private MerkleProofs() {}

  /**
   * Whether {@code leaf} (an event hash) is leaf number {@code leafIndex} of the tree with {@code
   * root}.
   */
  public static boolean verifyInclusion(
      long leafIndex, long treeSize, byte[] leaf, List<byte[]> proof, byte[] root) {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      return false;
    }
    MerkleHasher hasher = new MerkleHasher();
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = hasher.leafHash(leaf);
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = hasher.nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        r = hasher.nodeHash(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  /** Whether the tree of {@code oldSize} with {@code oldRoot} is a prefix of the newer tree. */
  public static boolean verifyConsistency(
      long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
    if (oldSize < 0 || oldSize > newSize) {
      return false;
    }
    if (oldSize == newSize) {
      return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
    }
    if (oldSize == 0) {
      // The empty tree is a prefix of every tree.
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    MerkleHasher hasher = new MerkleHasher();
    boolean oldIsPowerOfTwo = Long.bitCount(oldSize) == 1;
    int next = oldIsPowerOfTwo ? 0 : 1;
    byte[] first = oldIsPowerOfTwo ? oldRoot : proof.get(0);
    long fn = oldSize - 1;
    long sn = newSize - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    byte[] fr = first;
    byte[] sr = first;
    for (int i = next; i < proof.size(); i++) {
      byte[] c = proof.get(i);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = hasher.nodeHash(c, fr);
        sr = hasher.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        sr = hasher.nodeHash(sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
  }
}
