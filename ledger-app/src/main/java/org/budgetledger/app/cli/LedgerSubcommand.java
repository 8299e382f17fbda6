package org.budgetledger.app.cli;

import java.util.concurrent.Callable;

/** A subcommand of {@code ./ledger}; each is a Spring bean annotated with picocli's @Command. */
public interface LedgerSubcommand extends Callable<Integer> {
  default String name() {
    return getClass().getAnnotation(picocli.CommandLine.Command.class).name();
  }
}
