package org.budgetledger.app.audit.merkle;

/**
 * The root of a growing Merkle tree in O(log n) memory, for verifying a log of any length in one
 * pass.
 *
 * <p>It keeps the roots of the perfect subtrees that the binary digits of the size describe, left
 * to right, as Certificate Transparency's "compact range". Folding them from the right gives the
 * RFC 9162 root: MTH(D[n]) splits at the largest power of two below n, and that left part is
 * exactly the leftmost perfect subtree kept here.
 */
public final class MerkleFrontier {

  private final MerkleHasher hasher = new MerkleHasher();
  // 64 levels cover any long size; one hash per set bit of the size.
  private final byte[][] subtrees = new byte[64][];
  private int depth;
  private long size;

  /** Adds the next leaf (an event hash) and returns its leaf hash. */
  public byte[] append(byte[] leaf) {
    byte[] leafHash = hasher.leafHash(leaf);
    appendLeafHash(leafHash);
    return leafHash;
  }

  /** Adds the next leaf by its already computed leaf hash. */
  public void appendLeafHash(byte[] leafHash) {
    byte[] carry = leafHash;
    // Each trailing one bit of the old size is a perfect subtree of equal height to merge with.
    for (long s = size; (s & 1) == 1; s >>>= 1) {
      carry = hasher.nodeHash(subtrees[--depth], carry);
    }
    subtrees[depth++] = carry;
    size++;
  }

  public long size() {
    return size;
  }

  /** MTH of the leaves appended so far. */
  public byte[] root() {
    if (depth == 0) {
      return hasher.emptyRoot();
    }
    byte[] root = subtrees[depth - 1];
    for (int i = depth - 2; i >= 0; i--) {
      root = hasher.nodeHash(subtrees[i], root);
    }
    return root;
  }
}
