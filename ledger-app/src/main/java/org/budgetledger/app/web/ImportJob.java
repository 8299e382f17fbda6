package org.budgetledger.app.web;

import java.time.Duration;
import java.time.Instant;
import org.budgetledger.app.importer.ImportReport;

/**
 * One upload being imported in the background: who sent which file when, and once done the
 * importer's report, or the error that stopped it (a bug: the importer reports bad documents).
 */
public record ImportJob(
    String id,
    String fileName,
    long bytes,
    String actor,
    Instant started,
    ImportReport report,
    String error) {

  public boolean done() {
    return report != null || error != null;
  }

  public long secondsSince(Instant now) {
    return Duration.between(started, now).toSeconds();
  }

  ImportJob finished(ImportReport r) {
    return new ImportJob(id, fileName, bytes, actor, started, r, null);
  }

  ImportJob failed(String message) {
    return new ImportJob(id, fileName, bytes, actor, started, null, message);
  }
}
