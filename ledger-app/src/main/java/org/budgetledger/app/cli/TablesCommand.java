package org.budgetledger.app.cli;

import java.io.PrintWriter;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.export.DepartmentTablesJson;
import org.budgetledger.app.export.TableJson;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.projections.tables.DisclosureTable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ledger tables DEPT YEAR [TABLE]}: one table or all 13 at a point in time. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    description = "Print the disclosure tables (or one) as of --as-of and --effective.")
public class TablesCommand extends InquiryCommand {
  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "TABLE",
      description =
          "03, 预算03表 or expenditure-summary (a family's budget: its own numbers, 公开03表, 表3);"
              + " all tables when absent.")
  String table;

  @Mixin PointInTimeOptions at;

  private final TableInquiry tables;

  public TablesCommand(TableInquiry tables, JsonMapper mapper, ProjectionFreshness freshness) {
    super(mapper, freshness);
    this.tables = tables;
  }

  @Override
  void run(PrintWriter out) {
    DepartmentTables set =
        table == null
            ? tables.tables(budget(), at.at(), new ProgressBar())
            : tables.table(budget(), table, at.at());
    if (json) {
      printJson(
          out,
          table == null
              ? DepartmentTablesJson.of(set)
              : TableJson.of(set.tables().get(0), set.decimals()));
      return;
    }
    for (DisclosureTable t : set.tables()) {
      TableText.print(out, set, t);
    }
  }
}
