package org.budgetledger.projections.tables.projectexpenditure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.ProjectAllocation;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.ViewSums;

/**
 * The rows of 项目支出表 the ledger holds by project: each project's allocations as the published table
 * gave them (unit × project × source), plus every later leg naming the project ({@code
 * LineKey.project}: a 追加 of that project moves its row from its effective date), and each unit's
 * subtotal of its projects. Row keys are the printed table's: {@code project:<unit>|<name>} (the
 * n-th repeat {@code #n}) and {@code unit:<unit>}.
 */
final class AllocatedProjects {
  /** One project's allocations, in the order the document printed them. */
  private record Project(String unit, ProjectRef ref, Map<FundSource, Long> bySource) {}

  private AllocatedProjects() {}

  /** The rows, and the codes of the projects they hold (so no other row repeats their legs). */
  static List<TableRow> rows(BudgetView view, LegFilter projectLegs, List<String> codes) {
    Map<String, Project> projects = new LinkedHashMap<>();
    for (ProjectAllocation a : view.projectAllocations()) {
      projects
          .computeIfAbsent(
              a.project().code(), c -> new Project(a.unitName(), a.project(), new HashMap<>()))
          .bySource()
          .merge(a.fundSource(), a.amount().value(), Math::addExact);
    }
    Map<String, List<Project>> byUnit = new LinkedHashMap<>();
    projects.values().forEach(p -> byUnit.computeIfAbsent(p.unit(), u -> new ArrayList<>()).add(p));
    Map<String, Integer> seen = new HashMap<>();
    List<TableRow> rows = new ArrayList<>();
    byUnit.forEach(
        (unit, members) -> {
          if (!unit.isEmpty()) {
            rows.add(row("unit:" + unit, RowType.SUBTOTAL, unit, view, projectLegs, members));
          }
          for (Project p : members) {
            String key = "project:" + unit + "|" + p.ref().name();
            int n = seen.merge(key, 1, Integer::sum);
            rows.add(
                row(
                    n == 1 ? key : key + "#" + n,
                    RowType.DETAIL,
                    p.ref().name(),
                    view,
                    projectLegs,
                    List.of(p)));
            codes.add(p.ref().code());
          }
        });
    return rows;
  }

  private static TableRow row(
      String key,
      RowType type,
      String label,
      BudgetView view,
      LegFilter projectLegs,
      List<Project> members) {
    List<TableCell> cells = new ArrayList<>(List.of(Cells.text("project", label)));
    for (ProjectColumn c : ProjectColumn.ALL) {
      cells.add(
          c.modelled() ? cell(c, view, projectLegs, members) : TableCell.undetermined(c.key()));
    }
    return new TableRow(key, type, cells);
  }

  private static TableCell cell(
      ProjectColumn column, BudgetView view, LegFilter projectLegs, List<Project> members) {
    long fen = 0;
    int terms = 0;
    for (Project p : members) {
      for (Map.Entry<FundSource, Long> e : p.bySource().entrySet()) {
        if (column.total() || column.sources().contains(e.getKey())) {
          fen = Math.addExact(fen, e.getValue());
          terms += e.getValue() == 0 ? 0 : 1;
        }
      }
      LegFilter legs = projectLegs.project(p.ref().code());
      if (!column.total()) {
        legs = legs.fundSources(column.sources().toArray(FundSource[]::new));
      }
      fen = Math.addExact(fen, ViewSums.of(view, legs).value());
    }
    return TableCell.money(
        column.key(),
        Fen.of(fen),
        new CellSource.Allocated(
            "项目支出表所列项目资金（按单位、项目、资金来源记录，推导 PRINTED_BY_PROJECT），加记有该项目的分录", terms));
  }
}
