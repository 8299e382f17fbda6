package org.budgetledger.app.audit.chain;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A stored event together with the chain hash the ledger recorded for it when it was written.
 *
 * <p>{@code storedHash} is {@code null} when no hash was recorded: the ledger writes the hash in
 * the same transaction as the event, so such an event was put there behind the ledger's back.
 * Equality compares the hash by content, unlike a plain record over an array, and ignores {@code
 * storedBytes}, an optional copy of the event's text as bytes for the hasher ({@link StoredBytes}).
 */
public record HashedEvent(StoredEvent event, byte[] storedHash, StoredBytes storedBytes) {

  /** An event read as text only; the hasher encodes its fields. */
  public HashedEvent(StoredEvent event, byte[] storedHash) {
    this(event, storedHash, null);
  }

  public HashedEvent {
    if (event == null) {
      throw new IllegalArgumentException("hashed event has no event");
    }
    if (storedHash != null && storedHash.length != EventHasher.HASH_LENGTH) {
      throw new IllegalArgumentException(
          "stored hash of " + event.describe() + " has " + storedHash.length + " bytes, not 32");
    }
  }

  /** The stored hash as lowercase hex, or {@code null} when none was recorded. */
  public String storedHashHex() {
    return storedHash == null ? null : HexFormat.of().formatHex(storedHash);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HashedEvent that
        && event.equals(that.event)
        && Arrays.equals(storedHash, that.storedHash);
  }

  @Override
  public int hashCode() {
    return 31 * event.hashCode() + Arrays.hashCode(storedHash);
  }

  @Override
  public String toString() {
    return "HashedEvent[" + event + ", storedHash=" + storedHashHex() + "]";
  }
}
