package org.budgetledger.app.audit.checkpoint;

/** A checkpoint, or a checkpoint file, that is not well formed; its message names the field. */
public class InvalidCheckpointException extends RuntimeException {

  public InvalidCheckpointException(String message) {
    super(message);
  }
}
