package org.budgetledger.app.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Chains each event to the previous event of the same aggregate with SHA-256.
 *
 * <p>Byte layout, so that an auditor can re-implement it without this code:
 *
 * <pre>
 * eventHash      = SHA-256( previousHash || canonicalBytes )
 * previousHash   = eventHash of the aggregate's previous event (sequence number - 1),
 *                  or 32 zero bytes for the aggregate's first event
 * canonicalBytes = 0x01                         layout version, one byte
 *                  str(eventIdentifier)
 *                  str(aggregateIdentifier)
 *                  i64(sequenceNumber)
 *                  str(payloadType)
 *                  str(payloadRevision)         absent revision: length 0xFFFFFFFF, no bytes
 *                  str(timestamp)
 *                  str(payload)
 *                  str(metaData)
 * str(s)         = u32 big-endian byte length of UTF-8(s) || UTF-8(s)
 * i64(n)         = 8 bytes, big-endian two's complement
 * </pre>
 *
 * <p>Length prefixes make the encoding injective: no two different events share canonical bytes,
 * whatever their fields contain. The chain is per aggregate so that writers of different budgets
 * never wait for one another; the global order is committed separately by the Merkle tree. One
 * instance reuses one digest and is therefore not thread-safe.
 */
public final class EventHasher {

  public static final int HASH_LENGTH = 32;
  public static final byte LAYOUT_VERSION = 0x01;
  private static final int ABSENT = 0xFFFFFFFF;

  private final MessageDigest digest = newSha256();
  private final byte[] scratch = new byte[8];

  /** The previous hash of an aggregate's first event. */
  public static byte[] genesis() {
    return new byte[HASH_LENGTH];
  }

  /** SHA-256 of {@code previousHashOfAggregate || canonicalBytes(event)}. */
  public byte[] hash(StoredEvent event, byte[] previousHashOfAggregate) {
    return hash(event, null, previousHashOfAggregate);
  }

  /**
   * The same hash, taking timestamp, payload and metadata from {@code stored} when given: the bytes
   * read from the database, which the text would encode to.
   */
  public byte[] hash(StoredEvent event, StoredBytes stored, byte[] previousHashOfAggregate) {
    if (previousHashOfAggregate == null || previousHashOfAggregate.length != HASH_LENGTH) {
      throw new IllegalArgumentException(
          "previous hash of " + event.describe() + " is not 32 bytes");
    }
    digest.reset();
    digest.update(previousHashOfAggregate);
    // Streamed into the digest rather than built first: this is the hot path of verification.
    digest.update(LAYOUT_VERSION);
    string(event.eventIdentifier());
    string(event.aggregateIdentifier());
    putLong(event.sequenceNumber());
    digest.update(scratch, 0, 8);
    string(event.payloadType());
    string(event.payloadRevision());
    if (stored == null) {
      string(event.timestamp());
      string(event.payload());
      string(event.metaData());
    } else {
      bytes(stored.timestamp());
      bytes(stored.payload());
      bytes(stored.metaData());
    }
    return digest.digest();
  }

  /** The canonical bytes of an event, as laid out above; for auditors and tests. */
  public static byte[] canonicalBytes(StoredEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.write(LAYOUT_VERSION);
    writeString(out, event.eventIdentifier());
    writeString(out, event.aggregateIdentifier());
    long n = event.sequenceNumber();
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (n >>> shift));
    }
    writeString(out, event.payloadType());
    writeString(out, event.payloadRevision());
    writeString(out, event.timestamp());
    writeString(out, event.payload());
    writeString(out, event.metaData());
    return out.toByteArray();
  }

  private void string(String value) {
    if (value == null) {
      putInt(ABSENT);
      digest.update(scratch, 0, 4);
      return;
    }
    bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  private void bytes(byte[] utf8) {
    putInt(utf8.length);
    digest.update(scratch, 0, 4);
    digest.update(utf8);
  }

  private static void writeString(ByteArrayOutputStream out, String value) {
    byte[] utf8 = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    int length = utf8 == null ? ABSENT : utf8.length;
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(length >>> shift);
    }
    if (utf8 != null) {
      out.writeBytes(utf8);
    }
  }

  private void putInt(int value) {
    for (int i = 0; i < 4; i++) {
      scratch[i] = (byte) (value >>> (24 - 8 * i));
    }
  }

  private void putLong(long value) {
    for (int i = 0; i < 8; i++) {
      scratch[i] = (byte) (value >>> (56 - 8 * i));
    }
  }

  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
