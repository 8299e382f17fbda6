package org.budgetledger.app.cli;

import java.time.Duration;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code ./ledger rebuild}: drops the read models and replays the event store into them. */
@Component
@Command(name = "rebuild", description = "Rebuild every read model from the event store.")
public class RebuildCommand implements LedgerSubcommand {
  private final ProjectionRebuilder rebuilder;

  public RebuildCommand(ProjectionRebuilder rebuilder) {
    this.rebuilder = rebuilder;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    rebuilder.rebuild(Duration.ofMinutes(30));
    System.out.printf("Rebuilt the read models in %.1f s%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
