package org.budgetledger.app.audit.trail;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredBytes;
import org.budgetledger.app.audit.chain.StoredEvent;

/**
 * Decodes PostgreSQL's binary COPY format of {@link PostgresLogCopy}'s query into events joined
 * with their hash rows.
 *
 * <p>Binary rather than text because text fields arrive length-prefixed and unescaped: the bytes
 * hashed are exactly the stored UTF-8, with no backslash decoding to get wrong. Layout (PostgreSQL
 * manual, COPY, "Binary Format"): an 11-byte signature, a 32-bit flags word, a 32-bit header
 * extension length and that many bytes; then per row a 16-bit field count (-1 ends the data) and
 * per field a 32-bit byte length (-1 for NULL) and the bytes. {@code bigint} is 8 bytes big-endian;
 * {@code varchar} and {@code char} are their text in the client encoding, UTF-8 here.
 *
 * <p>Fields are decoded as {@link StoredLog}'s JDBC path decodes them, so both paths yield equal
 * events, NULLs included.
 */
final class CopyBinaryRows implements Iterator<CopiedRow> {

  static final int FIELDS = 11;
  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
  };

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private CopiedRow next;
  private boolean ended;

  CopyBinaryRows(InputStream in) throws IOException {
    this.in = in;
    require(SIGNATURE.length + 8);
    if (!Arrays.equals(buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
      throw new IOException("not PostgreSQL binary COPY data: the signature differs");
    }
    position = SIGNATURE.length + 4; // flags: only bit 16 (OIDs) is defined, and we select none
    int extension = readInt();
    require(extension);
    position += extension;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = readRow();
      } catch (IOException e) {
        throw new IllegalStateException("reading the event log by COPY failed", e);
      }
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public CopiedRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CopiedRow row = next;
    next = null;
    return row;
  }

  private CopiedRow readRow() throws IOException {
    require(2);
    short fields = (short) (((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF));
    position += 2;
    if (fields == -1) {
      return null;
    }
    if (fields != FIELDS) {
      throw new IOException("COPY row has " + fields + " fields, not " + FIELDS);
    }
    long globalIndex = readBigint();
    String eventIdentifier = readText();
    String aggregateIdentifier = readText();
    long sequenceNumber = readBigint();
    String payloadType = orEmpty(readText());
    String payloadRevision = readText();
    byte[] timestamp = readBytes();
    byte[] payload = readBytes();
    byte[] metaData = readBytes();
    String hashedEventIdentifier = readText();
    String hash = readText();
    StoredBytes bytes = new StoredBytes(timestamp, payload, metaData);
    // Text decoded only if asked for (an export): verifying hashes the bytes.
    StoredEvent event =
        StoredEvent.ofStored(
            globalIndex,
            eventIdentifier,
            aggregateIdentifier,
            sequenceNumber,
            payloadType,
            payloadRevision,
            bytes);
    byte[] storedHash = hash == null ? null : HexFormat.of().parseHex(hash.trim());
    return new CopiedRow(new HashedEvent(event, storedHash, bytes), hashedEventIdentifier);
  }

  private long readBigint() throws IOException {
    int length = readInt();
    if (length != 8) {
      throw new IOException("a bigint field of " + length + " bytes in COPY data");
    }
    require(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (buffer[position++] & 0xFF);
    }
    return value;
  }

  private String readText() throws IOException {
    int length = readInt();
    if (length == -1) {
      return null;
    }
    require(length);
    String text = new String(buffer, position, length, StandardCharsets.UTF_8);
    position += length;
    return text;
  }

  /** A text field's bytes, empty for NULL as its text is. */
  private byte[] readBytes() throws IOException {
    int length = readInt();
    if (length == -1) {
      return new byte[0];
    }
    require(length);
    byte[] bytes = Arrays.copyOfRange(buffer, position, position + length);
    position += length;
    return bytes;
  }

  private int readInt() throws IOException {
    require(4);
    int value =
        ((buffer[position] & 0xFF) << 24)
            | ((buffer[position + 1] & 0xFF) << 16)
            | ((buffer[position + 2] & 0xFF) << 8)
            | (buffer[position + 3] & 0xFF);
    position += 4;
    return value;
  }

  /** Makes {@code count} bytes available from {@code position}, growing for a large field. */
  private void require(int count) throws IOException {
    if (count < 0) {
      throw new IOException("negative length " + count + " in COPY data");
    }
    if (limit - position >= count) {
      return;
    }
    int kept = limit - position;
    if (count > buffer.length) {
      buffer = Arrays.copyOfRange(buffer, position, position + Math.max(count, 2 * buffer.length));
    } else {
      System.arraycopy(buffer, position, buffer, 0, kept);
    }
    position = 0;
    limit = kept;
    while (limit < count) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        throw new EOFException("COPY data ended inside a row");
      }
      limit += n;
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
