package org.budgetledger.app.cli;

import java.time.Duration;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.budgetledger.app.rebuild.ReadModelVersion;
import org.budgetledger.app.rebuild.ReadModelVersions;
import org.budgetledger.app.rebuild.RebuildRunningException;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code ./ledger rebuild}: replays the event store into the read models' other slot and switches
 * to it, while every node goes on answering from the live one.
 */
@Component
@Command(
    name = "rebuild",
    description =
        "Rebuild every read model from the event store beside the live one, then switch to it.")
public class RebuildCommand implements LedgerSubcommand {
  private final ProjectionRebuilder rebuilder;
  private final ReadModelVersions versions;

  public RebuildCommand(ProjectionRebuilder rebuilder, ReadModelVersions versions) {
    this.rebuilder = rebuilder;
    this.versions = versions;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    try {
      rebuilder.rebuild(Duration.ofMinutes(30));
    } catch (RebuildRunningException e) {
      Terminal.err().println("ledger rebuild: " + e.getMessage());
      return 2;
    }
    ReadModelVersion now = versions.current();
    System.out.printf(
        "Rebuilt the read models in %.1f s: version %d (%s slot) is live%n",
        (System.nanoTime() - start) / 1e9, now.version(), now.live().key());
    return 0;
  }
}
