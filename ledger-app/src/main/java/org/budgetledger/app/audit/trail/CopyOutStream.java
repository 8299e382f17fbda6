package org.budgetledger.app.audit.trail;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import org.postgresql.copy.CopyOut;

/**
 * The data of a running {@code COPY … TO STDOUT} as a stream. Closing it reads the rest and
 * discards it rather than cancelling: a cancelled statement would abort the caller's transaction,
 * and a verification that stops at the first problem may run inside one (a test's, say).
 */
final class CopyOutStream extends InputStream {

  private final CopyOut copy;
  private byte[] message = new byte[0];
  private int position;
  private boolean ended;

  CopyOutStream(CopyOut copy) {
    this.copy = copy;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    while (position == message.length) {
      if (ended || !nextMessage()) {
        return -1;
      }
    }
    int n = Math.min(length, message.length - position);
    System.arraycopy(message, position, target, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    while (!ended) {
      nextMessage();
    }
  }

  private boolean nextMessage() throws IOException {
    try {
      byte[] data = copy.readFromCopy();
      if (data == null) {
        ended = true;
        return false;
      }
      message = data;
      position = 0;
      return true;
    } catch (SQLException e) {
      ended = true;
      throw new IOException("reading COPY data from PostgreSQL failed", e);
    }
  }
}
