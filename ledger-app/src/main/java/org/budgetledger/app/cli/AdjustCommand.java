package org.budgetledger.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.adjustment.AdjustmentFileException;
import org.budgetledger.app.adjustment.AdjustmentOutcome;
import org.budgetledger.app.adjustment.AdjustmentRejectedException;
import org.budgetledger.app.adjustment.Adjustments;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.request.BudgetUnits;
import org.budgetledger.app.request.Fields;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ledger adjust --budget 2026-201 FILE [--dry-run] [--json] [--unit 元]}: records the 追加,
 * 追减, 调剂, 结转 and 冲销 entries of a JSON or CSV file all or nothing, after printing the table cells
 * they change. Amounts are read in the budget's unit unless the file or {@code --unit} names
 * another, as a user of a 元 budget types 元. Exit 0 when recorded (or, on a dry run, valid), 1 when
 * the file is refused.
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

  @Option(
      names = "--unit",
      paramLabel = "元|万元",
      description =
          "The unit of the file's amounts (an entry's own amountUnit, CSV column amount_unit,"
              + " wins): 元 up to 2 decimals, 万元 up to 6. Default: the budget's unit, that of its"
              + " document's 收支总表 (元 for a Shanghai budget), 万元 for a Beijing format or a seed.")
  String unit;

  private final BudgetUnits units;

  public AdjustCommand(
      Adjustments adjustments, CurrentActor actor, JsonMapper json, BudgetUnits units) {
    this.adjustments = adjustments;
    this.actor = actor;
    this.json = json;
    this.units = units;
  }

  @Override
  public Integer call() throws IOException {
    try {
      BudgetId id = BudgetId.parse(budget);
      MoneyUnit typedIn = Fields.unitOr("--unit", unit, units.of(id));
      AdjustmentOutcome outcome =
          adjustments.apply(
              id,
              file.getFileName().toString(),
              Files.readAllBytes(file),
              actor.get(),
              typedIn,
              dryRun);
      System.out.println(
          asJson
              ? json.writerWithDefaultPrettyPrinter().writeValueAsString(outcome)
              : "录入金额单位：" + typedIn.label() + "\n" + CellPreviewReport.text(outcome));
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
