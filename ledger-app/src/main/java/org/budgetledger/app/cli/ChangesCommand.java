package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.inquiry.diff.ChangeSummary;
import org.budgetledger.app.inquiry.diff.DepartmentChanges;
import org.budgetledger.app.inquiry.diff.TableChangeSummary;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ledger changes DEPT YEAR --from … --to …}: which tables changed and by how much. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    description = "Which tables of the department changed between two points, and by how much.")
public class ChangesCommand extends InquiryCommand {
  @Mixin DiffPointOptions points;

  private final ChangeSummary changes;

  public ChangesCommand(ChangeSummary changes, JsonMapper mapper, ProjectionFreshness freshness) {
    super(mapper, freshness);
    this.changes = changes;
  }

  @Override
  void run(PrintWriter out) {
    DepartmentChanges c = changes.changes(budget(), points.from(), points.to(), new ProgressBar());
    if (json) {
      printJson(out, c);
      return;
    }
    out.println(c.message());
    if (!c.tables().isEmpty()) {
      SharedUnit units = SharedUnit.of(c.tables().stream().map(TableChangeSummary::unit).toList());
      TextGrid.print(
          out,
          List.of("table", "title", "changed cells", units.header("合计 change")),
          c.tables().stream()
              .map(
                  t ->
                      List.of(
                          t.tableNumber(),
                          t.tableTitle(),
                          Integer.toString(t.changedCells()),
                          t.totalChangeFen() == null
                              ? ""
                              : units.exact(t.unit(), t.totalChangeFen())))
              .toList(),
          Set.of(2, 3));
    }
  }
}
