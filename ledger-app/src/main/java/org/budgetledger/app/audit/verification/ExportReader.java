package org.budgetledger.app.audit.verification;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.budgetledger.app.audit.chain.HashedEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;

/**
 * Reads an export's lines as one stream of JSON values straight from its UTF-8 bytes, rather than a
 * String and a parser per line, and names the file and line of any that is not an event.
 */
final class ExportReader implements Iterator<HashedEvent>, AutoCloseable {

  private final Path file;
  private final MappingIterator<ExportLine> lines;

  ExportReader(Path file, MappingIterator<ExportLine> lines) {
    this.file = file;
    this.lines = lines;
  }

  @Override
  public boolean hasNext() {
    try {
      return lines.hasNextValue();
    } catch (JacksonException e) {
      throw invalid(e);
    }
  }

  @Override
  public HashedEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more events in " + file);
    }
    try {
      return lines.nextValue().toHashedEvent();
    } catch (JacksonException | IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  @Override
  public void close() {
    lines.close();
  }

  private InvalidExportException invalid(RuntimeException cause) {
    String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    return new InvalidExportException(
        file.getFileName()
            + " line "
            + lines.currentLocation().getLineNr()
            + ": not an exported event ("
            + reason
            + ")",
        cause);
  }
}
