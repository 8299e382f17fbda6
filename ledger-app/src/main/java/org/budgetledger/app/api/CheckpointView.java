package org.budgetledger.app.api;

import org.budgetledger.app.audit.checkpoint.Checkpoint;

/** A signed checkpoint as JSON; {@code fileText} is the checkpoint file, byte for byte. */
public record CheckpointView(
    long treeSize,
    String rootHash,
    String createdAt,
    String keyId,
    String signature,
    String fileText) {

  static CheckpointView of(Checkpoint c) {
    return new CheckpointView(
        c.treeSize(), c.rootHash(), c.createdAt(), c.keyId(), c.signature(), c.toFileText());
  }
}
