package org.budgetledger.app.audit.merkle;

import java.security.MessageDigest;
import org.budgetledger.app.audit.chain.EventHasher;

/**
 * The two hash functions of an RFC 9162 (Certificate Transparency 2.0) Merkle tree, §2.1.1.
 *
 * <p>The 0x00 and 0x01 prefixes keep a leaf from ever being mistaken for an inner node, which is
 * what stops a second-preimage attack on the tree. One instance reuses one digest and is therefore
 * not thread-safe.
 */
public final class MerkleHasher {

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  private final MessageDigest digest = EventHasher.newSha256();

  /** MTH({}) = SHA-256 of the empty string. */
  public byte[] emptyRoot() {
    digest.reset();
    return digest.digest();
  }

  /** SHA-256(0x00 || leaf); the leaves of this ledger are event hashes. */
  public byte[] leafHash(byte[] leaf) {
    digest.reset();
    digest.update(LEAF_PREFIX);
    digest.update(leaf);
    return digest.digest();
  }

  /** SHA-256(0x01 || left || right). */
  public byte[] nodeHash(byte[] left, byte[] right) {
    digest.reset();
    digest.update(NODE_PREFIX);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }
}
