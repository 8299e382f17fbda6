package org.budgetledger.app.audit.verification;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.budgetledger.app.audit.chain.HashedEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log as JSON lines, UTF-8, one event with its recorded hash per line, in global order;
 * what {@code verify-offline} checks against a checkpoint without the database.
 *
 * <p>Reading streams, so a million-event export never sits in memory at once. Reading is strict
 * (unknown, missing or null-for-number fields are errors) because a line this code did not write is
 * not worth guessing about.
 */
public final class EventLogExport {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();
  private static final ObjectReader LINE_READER = JSON.readerFor(ExportLine.class);
  private static final ObjectWriter LINE_WRITER = JSON.writerFor(ExportLine.class);

  private EventLogExport() {}

  /** Writes the events, in the order given, and returns how many were written. */
  public static long write(Path file, Iterator<HashedEvent> eventsInGlobalOrder) {
    long count = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      while (eventsInGlobalOrder.hasNext()) {
        // Jackson writes UTF-8 bytes itself; going through a String would encode twice.
        out.write(LINE_WRITER.writeValueAsBytes(ExportLine.of(eventsInGlobalOrder.next())));
        out.write('\n');
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the event export " + file, e);
    }
    return count;
  }

  /**
   * The events of an export, lazily, in file order; close the stream. A line that is not an
   * exported event fails with {@link InvalidExportException} naming the file and line.
   */
  public static Stream<HashedEvent> read(Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the event export " + file, e);
    }
    ExportReader reader;
    try {
      // The parser owns the stream from here and closes it with the reader.
      reader = new ExportReader(file, LINE_READER.readValues(in));
    } catch (JacksonException e) {
      close(in);
      throw new InvalidExportException(file.getFileName() + " line 1: not an exported event", e);
    }
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED), false)
        .onClose(reader::close);
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Already failing for a better reason; a close error would only hide it.
    }
  }
}
