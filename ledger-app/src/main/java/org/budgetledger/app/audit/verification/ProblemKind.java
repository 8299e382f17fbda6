package org.budgetledger.app.audit.verification;

/** What the audit found wrong first; see {@link ChainVerifier} for how each is told apart. */
public enum ProblemKind {
  /** An event's content (or its recorded hash) differs from what was hashed when it was written. */
  CHANGED,
  /** An event of an aggregate, or of the signed prefix of the log, is gone. */
  MISSING,
  /** Events are present and unchanged but no longer in the order they were written. */
  REORDERED,
  /**
   * An event the ledger did not write: no hash recorded, or a second event at a sequence number.
   */
  INSERTED,
  /** The chains hold, but the log no longer has the Merkle root a signed checkpoint states. */
  CHECKPOINT_MISMATCH,
  /** A checkpoint whose signature does not verify with the ledger's public key. */
  SIGNATURE_INVALID,
  /**
   * Events beyond the latest signed tree head: their chains hold, but no signature covers them, so
   * a forger with INSERT could have written them. Never OK; the ledger signs a head with every
   * write, so only a forgery (or a log from before heads were signed) leaves such a tail.
   */
  UNVERIFIED
}
