package org.budgetledger.app.audit.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.junit.jupiter.api.Test;

class CopyBinaryRowsTest {

  static final String HASH = "00ff".repeat(16);
  static final String PAYLOAD =
      "{\"basis\":\"关于追加办公经费的批复\",\"note\":\"a \\\"quoted\\\" \\\\ path\","
          + "\"raw\":\"tab\there\nnewline\\\\N and \\N\"}";

  @Test
  void decodesTextExactlyAsStoredWithChineseQuotesBackslashesAndControlCharacters()
      throws IOException {
    StoredEvent event =
        new StoredEvent(
            7,
            "e-1",
            "budget-2026-东城",
            3,
            "org.budgetledger.core.budget.api.EntryRecordedEvent",
            "2",
            "2026-03-01T00:00:00.000Z",
            PAYLOAD,
            "{\"actor\":\"张三\\\\admin\"}");
    List<CopiedRow> rows = decode(copyData(row(event, HASH + " ")), 1 << 20);
    assertThat(rows)
        .containsExactly(
            new CopiedRow(new HashedEvent(event, HexFormat.of().parseHex(HASH)), "e-1"));
    byte[] previous = EventHasher.genesis();
    assertThat(new EventHasher().hash(event, rows.get(0).hashed().storedBytes(), previous))
        .isEqualTo(new EventHasher().hash(event, previous));
  }

  @Test
  void nullsReadAsTheJdbcPathReadsThemAndNoHashRowAsNull() throws IOException {
    StoredEvent stored = new StoredEvent(1, "e-1", "a", 0, "", null, "", "", "");
    byte[] data =
        copyData(
            out -> {
              out.writeShort(CopyBinaryRows.FIELDS);
              bigint(out, 1);
              text(out, "e-1");
              text(out, "a");
              bigint(out, 0);
              for (int i = 0; i < 7; i++) {
                out.writeInt(-1);
              }
            });
    assertThat(decode(data, 1 << 20))
        .containsExactly(new CopiedRow(new HashedEvent(stored, null), null));
  }

  @Test
  void rowsSplitAcrossReadsAndLargerThanTheBufferDecodeTheSame() throws IOException {
    String large = "{\"text\":\"" + "预算".repeat(100_000) + "\"}";
    StoredEvent first = new StoredEvent(1, "e-1", "a", 0, "T", null, "t", large, "{}");
    StoredEvent second = new StoredEvent(2, "e-2", "a", 1, "T", null, "t", PAYLOAD, "{}");
    byte[] data = copyData(row(first, HASH), row(second, HASH));
    for (int chunk : new int[] {1, 3, 7, 4096}) {
      assertThat(decode(data, chunk))
          .extracting(row -> row.hashed().event())
          .containsExactly(first, second);
    }
  }

  @Test
  void dataCutInsideARowIsAnError() throws IOException {
    StoredEvent event = new StoredEvent(1, "e-1", "a", 0, "T", null, "t", "{}", "{}");
    byte[] data = copyData(row(event, HASH));
    byte[] cut = java.util.Arrays.copyOf(data, data.length - 10);
    assertThatThrownBy(() -> decode(cut, 1 << 20)).hasRootCauseInstanceOf(EOFException.class);
  }

  interface Rows {
    void write(DataOutputStream out) throws IOException;
  }

  static Rows row(StoredEvent e, String hash) {
    return out -> {
      out.writeShort(CopyBinaryRows.FIELDS);
      bigint(out, e.globalIndex());
      text(out, e.eventIdentifier());
      text(out, e.aggregateIdentifier());
      bigint(out, e.sequenceNumber());
      text(out, e.payloadType());
      text(out, e.payloadRevision());
      text(out, e.timestamp());
      text(out, e.payload());
      text(out, e.metaData());
      text(out, e.eventIdentifier());
      text(out, hash);
    };
  }

  /** The header and trailer PostgreSQL writes around the rows, with a header extension to skip. */
  static byte[] copyData(Rows... rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write("PGCOPY\n".getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[] {(byte) 0xFF, '\r', '\n', 0});
    out.writeInt(0);
    out.writeInt(3);
    out.write(new byte[] {9, 9, 9});
    for (Rows row : rows) {
      row.write(out);
    }
    out.writeShort(-1);
    return bytes.toByteArray();
  }

  static void bigint(DataOutputStream out, long value) throws IOException {
    out.writeInt(8);
    out.writeLong(value);
  }

  static void text(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /** Decodes with the stream handing out at most {@code chunk} bytes per read, as a socket may. */
  static List<CopiedRow> decode(byte[] data, int chunk) throws IOException {
    InputStream in =
        new ByteArrayInputStream(data) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
          }
        };
    List<CopiedRow> rows = new ArrayList<>();
    new CopyBinaryRows(in).forEachRemaining(rows::add);
    return rows;
  }
}
