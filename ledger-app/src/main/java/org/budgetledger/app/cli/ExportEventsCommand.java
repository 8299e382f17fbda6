package org.budgetledger.app.cli;

import java.nio.file.Path;
import org.budgetledger.app.audit.trail.StoredLog;
import org.budgetledger.app.audit.verification.EventLogExport;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./ledger export-events --out FILE}: the stored log with its hashes as JSON lines. */
@Component
@Command(
    name = "export-events",
    description = "Write every event with its recorded hash, in global order, as JSON lines.")
public class ExportEventsCommand implements LedgerSubcommand {
  private final StoredLog log;

  @Option(names = "--out", required = true, description = "the JSON lines file to write")
  Path out;

  public ExportEventsCommand(StoredLog log) {
    this.log = log;
  }

  @Override
  public Integer call() {
    long written = log.read(Long.MAX_VALUE, events -> EventLogExport.write(out, events));
    System.out.println("Wrote " + written + " events to " + out);
    return 0;
  }
}
