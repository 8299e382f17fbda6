package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.inquiry.diff.CellChange;
import org.budgetledger.app.inquiry.diff.TableChanges;
import org.budgetledger.app.inquiry.diff.TableDiff;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ledger diff DEPT YEAR TABLE --from … --to …}: changed cells and their causes. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "The cells of a table that changed between two points, and the entries why.")
public class DiffCommand extends InquiryCommand {
  @Parameters(index = "2", paramLabel = "TABLE")
  String table;

  @Mixin DiffPointOptions points;

  private final TableDiff diff;

  public DiffCommand(TableDiff diff, JsonMapper mapper, ProjectionFreshness freshness) {
    super(mapper, freshness);
    this.diff = diff;
  }

  @Override
  void run(PrintWriter out) {
    TableChanges d = diff.diff(budget(), table, points.from(), points.to());
    if (json) {
      printJson(out, d);
      return;
    }
    out.println(d.tableNumber() + " " + d.tableTitle());
    out.println(d.message());
    if (d.changes().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (CellChange c : d.changes()) {
      rows.add(
          List.of(
              c.row(),
              c.rowLabel(),
              c.columnLabel(),
              d.unit().exact(c.oldFen()),
              d.unit().exact(c.newFen()),
              d.unit().exact(c.deltaFen()),
              causes(c)));
    }
    TextGrid.print(
        out,
        List.of(
            "row",
            "item",
            "column",
            "old " + d.unit().label(),
            "new " + d.unit().label(),
            "delta " + d.unit().label(),
            "entries (+ added, - removed)"),
        rows,
        Set.of(3, 4, 5));
  }

  private static String causes(CellChange c) {
    List<String> names = new ArrayList<>();
    c.addedLegs().forEach(l -> names.add("+" + name(l)));
    c.removedLegs().forEach(l -> names.add("-" + name(l)));
    return String.join(", ", names);
  }

  private static String name(TracedLeg leg) {
    return leg.entryId() + " " + leg.typeName() + " " + leg.effectiveDate();
  }
}
