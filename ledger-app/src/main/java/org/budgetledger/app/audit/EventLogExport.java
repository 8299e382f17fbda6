package org.budgetledger.app.audit;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log as JSON lines, UTF-8, one event with its recorded hash per line, in global order;
 * what {@code verify-offline} checks against a checkpoint without the database.
 *
 * <p>Reading streams line by line, so a million-event export never sits in memory at once.
 * Reading is strict (unknown, missing or null-for-number fields are errors) because a line this
 * code did not write is not worth guessing about.
 */
public final class EventLogExport {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private EventLogExport() {}

  /** Writes the events, in the order given, and returns how many were written. */
  public static long write(Path file, Iterator<HashedEvent> eventsInGlobalOrder) {
    long count = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (eventsInGlobalOrder.hasNext()) {
        out.write(JSON.writeValueAsString(ExportLine.of(eventsInGlobalOrder.next())));
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
    BufferedReader in;
    try {
      in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the event export " + file, e);
    }
    long[] lineNumber = {0};
    return in.lines()
        .onClose(() -> close(in, file))
        .map(line -> parse(file, ++lineNumber[0], line));
  }

  private static HashedEvent parse(Path file, long lineNumber, String line) {
    try {
      return JSON.readValue(line, ExportLine.class).toHashedEvent();
    } catch (JacksonException | IllegalArgumentException e) {
      throw new InvalidExportException(file.getFileName() + " line " + lineNumber
          + ": not an exported event (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
    }
  }

  private static void close(BufferedReader in, Path file) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the event export " + file, e);
    }
  }
}
