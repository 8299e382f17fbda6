package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.core.model.BudgetId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the inquiry subcommands share: {@code DEPT YEAR}, {@code --json}, reading the read models
 * once they have caught up with the event store (the server, when running, keeps them current;
 * otherwise this process does), and errors as one line on standard error with exit code 2.
 */
abstract class InquiryCommand implements LedgerSubcommand {
  @Parameters(index = "0", paramLabel = "DEPT", description = "Department code, e.g. 201.")
  String department;

  @Parameters(index = "1", paramLabel = "YEAR", description = "Fiscal year, e.g. 2026.")
  int year;

  @Option(names = "--json", description = "Print JSON (as the REST API answers) instead of text.")
  boolean json;

  private final JsonMapper mapper;
  private final ProjectionFreshness freshness;

  InquiryCommand(JsonMapper mapper, ProjectionFreshness freshness) {
    this.mapper = mapper;
    this.freshness = freshness;
  }

  @Override
  public Integer call() throws Exception {
    // A lagging read model still answers, as of what it holds; the reader is told so first.
    freshness
        .awaitCaughtUp(Duration.ofSeconds(30))
        .ifPresent(lag -> Terminal.err().println("ledger " + name() + ": warning: " + lag));
    PrintWriter out = Terminal.out();
    try {
      run(out);
      return 0;
    } catch (IllegalArgumentException | NoSuchElementException | DateTimeParseException e) {
      Terminal.err().println("ledger " + name() + ": " + e.getMessage());
      return 2;
    } finally {
      out.flush();
    }
  }

  abstract void run(PrintWriter out) throws Exception;

  BudgetId budget() {
    return BudgetId.of(year, department);
  }

  void printJson(PrintWriter out, Object value) {
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value));
  }
}
