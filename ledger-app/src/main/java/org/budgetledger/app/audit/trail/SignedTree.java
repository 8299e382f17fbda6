package org.budgetledger.app.audit.trail;

import java.util.HexFormat;
import java.util.List;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.merkle.MerkleTree;

/**
 * The Merkle tree over the first events of the stored log, built to answer proofs. It is checked
 * against the checkpoint a proof refers to first: a proof from a tree that no longer has the signed
 * root would prove nothing, and the caller should run {@code verify} instead.
 */
final class SignedTree {

  private static final HexFormat HEX = HexFormat.of();

  private final MerkleTree tree;
  private final byte[][] leavesForLookup;

  private SignedTree(MerkleTree tree, byte[][] leaves) {
    this.tree = tree;
    this.leavesForLookup = leaves;
  }

  static SignedTree read(StoredLog log, long size) {
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("proofs are built in memory, up to 2^31 events");
    }
    byte[][] leaves = new byte[(int) size][];
    MerkleTree tree =
        log.readFirst(
            size,
            events -> {
              MerkleTree t = new MerkleTree();
              int i = 0;
              while (events.hasNext()) {
                HashedEvent event = events.next();
                if (event.storedHash() == null) {
                  throw new IllegalStateException(
                      event.event().describe() + " has no recorded hash; run ./ledger verify");
                }
                leaves[i++] = event.storedHash();
                t.append(event.storedHash());
              }
              return t;
            });
    return new SignedTree(tree, leaves);
  }

  void requireRoot(Checkpoint checkpoint) {
    if (checkpoint.treeSize() > tree.size()
        || !HEX.formatHex(tree.rootHash(checkpoint.treeSize())).equals(checkpoint.rootHash())) {
      throw new IllegalStateException(
          "the stored log no longer has the root signed for tree size "
              + checkpoint.treeSize()
              + " at "
              + checkpoint.createdAt()
              + "; run ./ledger verify");
    }
  }

  String leafHex(long position) {
    return HEX.formatHex(leavesForLookup[(int) position]);
  }

  List<String> inclusionPath(long position, long treeSize) {
    return tree.inclusionProof(position, treeSize).stream().map(HEX::formatHex).toList();
  }

  List<String> consistencyPath(long oldSize, long newSize) {
    return tree.consistencyProof(oldSize, newSize).stream().map(HEX::formatHex).toList();
  }
}
