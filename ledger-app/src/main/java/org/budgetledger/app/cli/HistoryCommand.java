package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.inquiry.provenance.CellHistory;
import org.budgetledger.app.inquiry.provenance.CellTrace;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ledger history DEPT YEAR TABLE ROW COLUMN}: a cell's changes with running values. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "A cell's changes in effective-date order, with the running value.")
public class HistoryCommand extends InquiryCommand {
  @Parameters(index = "2", paramLabel = "TABLE")
  String table;

  @Parameters(index = "3", paramLabel = "ROW")
  String row;

  @Parameters(index = "4", paramLabel = "COLUMN")
  String column;

  @Mixin PointInTimeOptions at;

  private final CellTrace trace;

  public HistoryCommand(CellTrace trace, JsonMapper mapper, ProjectionFreshness freshness) {
    super(mapper, freshness);
    this.trace = trace;
  }

  @Override
  void run(PrintWriter out) {
    CellHistory h = trace.history(budget(), table, row, column, at.at());
    if (json) {
      printJson(out, h);
      return;
    }
    MoneyUnit unit = h.cell().unit();
    out.println(
        h.cell().tableNumber()
            + " "
            + h.cell().tableTitle()
            + "  row "
            + row
            + "  column "
            + column
            + "  ("
            + h.cell().at()
            + ")");
    TextGrid.print(
        out,
        List.of(
            "effective",
            "recorded",
            "entry",
            "type",
            "change " + unit.label(),
            "running " + unit.label(),
            "文号",
            "reason"),
        h.steps().stream()
            .map(
                s ->
                    List.of(
                        s.effectiveDate().toString(),
                        s.recordedAt().toString(),
                        s.entryId(),
                        s.typeName(),
                        unit.exact(s.deltaFen()),
                        unit.exact(s.runningFen()),
                        TraceCommand.text(s.basisNumber()),
                        TraceCommand.text(s.reason())))
            .toList(),
        Set.of(4, 5));
    out.println("final: " + unit.exact(h.finalFen()) + " " + unit.label());
  }
}
