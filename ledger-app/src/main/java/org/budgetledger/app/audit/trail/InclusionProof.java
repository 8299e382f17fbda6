package org.budgetledger.app.audit.trail;

import java.security.PublicKey;
import java.util.HexFormat;
import java.util.List;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.merkle.MerkleProofs;

/**
 * RFC 9162 inclusion proof: the event whose chain hash is {@code eventHash} is leaf {@code
 * leafIndex} (its position in global order) of the tree the checkpoint signed. Hashes are hex.
 */
public record InclusionProof(
    String eventIdentifier,
    long globalIndex,
    long leafIndex,
    String eventHash,
    List<String> auditPath,
    Checkpoint checkpoint) {

  /** Whether the checkpoint is signed by {@code ledgerKey} and the path leads to its root. */
  public boolean verifies(PublicKey ledgerKey) {
    HexFormat hex = HexFormat.of();
    return CheckpointSigner.verify(checkpoint, ledgerKey)
        && MerkleProofs.verifyInclusion(
            leafIndex,
            checkpoint.treeSize(),
            hex.parseHex(eventHash),
            auditPath.stream().map(hex::parseHex).toList(),
            checkpoint.rootHashBytes());
  }
}
