package org.budgetledger.app.cli;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * The command line tool: the same operations as the REST API, with the same names. It opens the
 * ledger's database itself, so it works whether or not the server is running.
 */
@Component
public class LedgerCli {
  private final ObjectProvider<LedgerSubcommand> subcommands;

  /**
   * Subcommands come from a provider so that prototype-scoped ones are new on every run: picocli
   * writes options into the command object, and a second run must not see the first run's.
   */
  public LedgerCli(ObjectProvider<LedgerSubcommand> subcommands) {
    this.subcommands = subcommands;
  }

  public int run(String... args) {
    CommandLine cli = new CommandLine(new Root());
    subcommands.orderedStream().forEach(c -> cli.addSubcommand(c.name(), c));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }

  @CommandLine.Command(
      name = "ledger",
      mixinStandardHelpOptions = true,
      description = "Event-sourced ledger of department budgets (部门预算).",
      subcommands = CommandLine.HelpCommand.class)
  static class Root implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(System.out);
    }
  }
}
