package org.budgetledger.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.adjustment.AdjustmentFileException;
import org.budgetledger.app.adjustment.AdjustmentOutcome;
import org.budgetledger.app.adjustment.AdjustmentRejectedException;
import org.budgetledger.app.adjustment.Adjustments;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.model.BudgetId;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ledger adjust --budget 2026-201 FILE [--dry-run] [--json]}: records the 追加, 追减, 调剂, 结转
 * and 冲销 entries of a JSON or CSV file all or nothing, after printing the table cells they change.
 * Exit 0 when recorded (or, on a dry run, valid), 1 when the file is refused.
 */
@Component
@Command(
    name = "adjust",
    description =
        "Record the adjustments of a JSON or CSV file, all or"
            + " nothing; --dry-run checks them and shows the table cells they would change.")
public class AdjustCommand implements LedgerSubcommand {
  private final Adjustments adjustments;
  private final CurrentActor actor;
  private final JsonMapper json;

  @Option(names = "--budget", required = true, description = "The budget: YEAR-DEPARTMENT.")
  String budget;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .json or .csv adjustment file.")
  Path file;

  @Option(names = "--dry-run", description = "Check and preview; record nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the outcome as JSON.")
  boolean asJson;

  public AdjustCommand(Adjustments adjustments, CurrentActor actor, JsonMapper json) {
    this.adjustments = adjustments;
    this.actor = actor;
    this.json = json;
  }

  @Override
  public Integer call() throws IOException {
    try {
      AdjustmentOutcome outcome =
          adjustments.apply(
              BudgetId.parse(budget),
              file.getFileName().toString(),
              Files.readAllBytes(file),
              actor.get(),
              dryRun);
      System.out.println(
          asJson
              ? json.writerWithDefaultPrettyPrinter().writeValueAsString(outcome)
              : CellPreviewReport.text(outcome));
      return 0;
    } catch (AdjustmentFileException | AdjustmentRejectedException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (InvalidRequestException | IllegalArgumentException e) {
      System.err.println("adjust: " + e.getMessage());
      return 1;
    }
  }
}
