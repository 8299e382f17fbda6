package org.budgetledger.app.audit.merkle;

import java.util.HexFormat;

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

  /**
   * The subtree roots, left to right, as comma-separated hex: with the size, all a later append
   * needs to extend the tree (at most 64 hashes).
   */
  public String toText() {
    StringBuilder text = new StringBuilder(depth * 65);
    for (int i = 0; i < depth; i++) {
      text.append(i == 0 ? "" : ",").append(HexFormat.of().formatHex(subtrees[i]));
    }
    return text.toString();
  }

  /**
   * The frontier of a tree of {@code size} leaves from {@link #toText}. Its root must still be
   * checked against a signed one before the frontier is trusted.
   */
  public static MerkleFrontier fromText(long size, String text) {
    String[] hashes = text.isEmpty() ? new String[0] : text.split(",", -1);
    if (size < 0 || hashes.length != Long.bitCount(size)) {
      throw new IllegalArgumentException(
          "a frontier of "
              + size
              + " leaves has "
              + Long.bitCount(Math.max(size, 0))
              + " subtree roots, not "
              + hashes.length);
    }
    MerkleFrontier frontier = new MerkleFrontier();
    for (String hash : hashes) {
      byte[] root = HexFormat.of().parseHex(hash);
      if (root.length != 32) {
        throw new IllegalArgumentException("a subtree root of " + root.length + " bytes, not 32");
      }
      frontier.subtrees[frontier.depth++] = root;
    }
    frontier.size = size;
    return frontier;
  }

  /** A copy that grows independently, to try leaves without changing this one. */
  public MerkleFrontier copy() {
    MerkleFrontier copy = new MerkleFrontier();
    System.arraycopy(subtrees, 0, copy.subtrees, 0, depth);
    copy.depth = depth;
    copy.size = size;
    return copy;
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
