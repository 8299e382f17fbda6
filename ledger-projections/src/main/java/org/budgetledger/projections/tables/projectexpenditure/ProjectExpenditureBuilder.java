package org.budgetledger.projections.tables.projectexpenditure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 项目支出表: project spending (项目支出) by fund source: the projects a published table allocated money to,
 * each unit's subtotal of them and every later leg naming one ({@link AllocatedProjects}); a row
 * per other project the ledger's lines name; where no table gave the ledger its projects, one
 * undetermined row standing for the document's project rows ({@link #UNNAMED}); and the 合计 over all
 * project lines. The projects' rows are facts beside the lines, so rule 3's "projects = 合计" on the
 * rebuilt table checks the allocations against the lines.
 *
 * <p>Row keys: {@code unit:<unit>}, {@code project:<unit>|<name>}, the project code, {@link
 * #UNNAMED}, {@code total}. Columns: {@code project}, then {@link ProjectColumn#ALL}.
 */
@Component
public class ProjectExpenditureBuilder implements DisclosureTableBuilder {
  /**
   * The row of project money the ledger holds by line, not by project: a published project the
   * ledger does not name is compared with it, and its cells are {@link TableCell#undetermined}, so
   * the figure is not compared (the ledger holds it only in the 合计).
   */
  public static final String UNNAMED = TableRow.OTHER_ROWS;

  @Override
  public TableKind kind() {
    return TableKind.PROJECT_EXPENDITURE;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    LegFilter projects = LegFilter.spending().kinds(ExpenditureKind.PROJECT);
    boolean nonFiscalOpen =
        view.lines().stream()
            .map(LineBalance::key)
            .anyMatch(k -> projects.matches(k) && k.fundSource() == FundSource.NON_FISCAL);
    List<ProjectColumn> open = CarryOverOnYearLines.columns(view);
    List<TableRow> rows = new ArrayList<>();
    List<String> allocated = new ArrayList<>();
    rows.addAll(AllocatedProjects.rows(view, projects, allocated));
    Map<String, ProjectRef> named = new LinkedHashMap<>();
    view.lines().stream()
        .map(LineBalance::key)
        .filter(k -> projects.matches(k) && k.project() != null)
        .filter(k -> !allocated.contains(k.project().code()))
        .forEach(k -> named.putIfAbsent(k.project().code(), k.project()));
    named.values().stream()
        .sorted(java.util.Comparator.comparing(ProjectRef::code))
        .forEach(
            p ->
                rows.add(
                    row(
                        p.code(),
                        RowType.DETAIL,
                        p.toString(),
                        view,
                        projects.project(p.code()),
                        nonFiscalOpen)));
    if (view.projectAllocations().isEmpty()) {
      // no table gave the ledger its projects: the printed ones stand against this undetermined row
      List<TableCell> unnamed = new ArrayList<>(List.of(Cells.text("project", "")));
      ProjectColumn.ALL.forEach(c -> unnamed.add(TableCell.undetermined(c.key())));
      rows.add(new TableRow(UNNAMED, RowType.DETAIL, unnamed));
    }
    rows.add(
        CarryOverOnYearLines.open(
            row("total", RowType.TOTAL, TableFrame.TOTAL_LABEL, view, projects, nonFiscalOpen),
            open));
    return TableFrame.table(view, kind(), header(), columns(), rows, List.of());
  }

  private static TableRow row(
      String key,
      RowType type,
      String label,
      BudgetView view,
      LegFilter projects,
      boolean nonFiscalOpen) {
    List<TableCell> cells = new ArrayList<>(List.of(Cells.text("project", label)));
    for (ProjectColumn c : ProjectColumn.ALL) {
      if (!c.modelled() || nonFiscalOpen && c.splitsNonFiscal()) {
        cells.add(TableCell.undetermined(c.key()));
      } else if (c.total()) {
        cells.add(Cells.legs(c.key(), view, projects));
      } else {
        cells.add(
            Cells.legs(
                c.key(), view, projects.fundSources(c.sources().toArray(FundSource[]::new))));
      }
    }
    return new TableRow(key, type, cells);
  }

  private static List<List<HeaderCell>> header() {
    List<HeaderCell> top = new ArrayList<>(List.of(HeaderCell.of("项目名称")));
    ProjectColumn.ALL.forEach(c -> top.add(HeaderCell.of(c.header())));
    return List.of(top);
  }

  private static List<Column> columns() {
    List<Column> columns = new ArrayList<>(List.of(new Column("project", "项目名称")));
    ProjectColumn.ALL.forEach(c -> columns.add(new Column(c.key(), c.header())));
    return columns;
  }
}
