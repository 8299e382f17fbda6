package org.budgetledger.app.audit.trail;

import java.security.PublicKey;
import java.util.HexFormat;
import java.util.List;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.merkle.MerkleProofs;

/** RFC 9162 consistency proof: the older checkpoint's log is a prefix of the newer one's. */
public record ConsistencyProof(Checkpoint older, Checkpoint newer, List<String> proof) {

  /** Whether both checkpoints are signed by {@code ledgerKey} and the proof joins their roots. */
  public boolean verifies(PublicKey ledgerKey) {
    HexFormat hex = HexFormat.of();
    return CheckpointSigner.verify(older, ledgerKey)
        && CheckpointSigner.verify(newer, ledgerKey)
        && MerkleProofs.verifyConsistency(
            older.treeSize(),
            newer.treeSize(),
            older.rootHashBytes(),
            newer.rootHashBytes(),
            proof.stream().map(hex::parseHex).toList());
  }
}
