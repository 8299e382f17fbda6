package org.budgetledger.app.audit.chain;

/**
 * The exact UTF-8 bytes of an event's timestamp, payload and metadata as the database sent them,
 * kept by a reader that has them anyway, so that {@link EventHasher} hashes them as they are
 * instead of encoding the decoded text again (the larger part of verifying a large log). They are
 * the same bytes the text encodes to: the database holds valid UTF-8.
 */
public record StoredBytes(byte[] timestamp, byte[] payload, byte[] metaData) {

  public StoredBytes {
    if (timestamp == null || payload == null || metaData == null) {
      throw new IllegalArgumentException("stored bytes need all three fields; NULL is empty");
    }
  }
}
