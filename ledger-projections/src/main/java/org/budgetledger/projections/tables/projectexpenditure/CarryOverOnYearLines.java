package org.budgetledger.projections.tables.projectexpenditure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * Where the ledger holds last year's 财政拨款 on this year's lines of its fund (a document printing
 * them together: {@link FundSource#GENERAL_BUDGET_CARRY_OVER}'s Javadoc), the lines cannot split a
 * 项目支出表's 合计 into that fund and 上年结转: those columns of the 合计 row (and 财政拨款) are undetermined, not
 * zero, so neither the comparison nor "projects = 合计" reads them as a difference. Their sum, the 合计
 * column, stays the lines'.
 */
final class CarryOverOnYearLines {
  private static final Set<FundSource> CARRY_OVER_LINES =
      Set.of(FundSource.GENERAL_BUDGET_CARRY_OVER, FundSource.FISCAL_CARRY_OVER);

  private CarryOverOnYearLines() {}

  /** The columns the lines cannot split; empty where the carry-over has lines of its own. */
  static List<ProjectColumn> columns(BudgetView view) {
    boolean ownLines =
        view.lines().stream()
            .map(LineBalance::key)
            .anyMatch(k -> CARRY_OVER_LINES.contains(k.fundSource()));
    List<FundSource> carried =
        view.income().stream()
            .filter(i -> i.key().origin() == Origin.CARRY_OVER && !i.amount().isZero())
            .map(i -> i.key().fundSource())
            .filter(s -> s == FundSource.GENERAL_BUDGET || s == FundSource.GOVERNMENT_FUND)
            .distinct()
            .toList();
    if (ownLines || carried.isEmpty()) {
      return List.of();
    }
    List<ProjectColumn> open = new ArrayList<>();
    for (ProjectColumn c : ProjectColumn.ALL) {
      boolean fund = c.sources().size() == 1 && carried.contains(c.sources().get(0));
      if (fund || c.key().equals("fiscal") || c.key().equals("carryOver")) {
        open.add(c);
      }
    }
    return open;
  }

  static TableRow open(TableRow row, List<ProjectColumn> open) {
    if (open.isEmpty()) {
      return row;
    }
    List<TableCell> cells = new ArrayList<>();
    for (TableCell cell : row.cells()) {
      boolean undetermined = open.stream().anyMatch(c -> c.key().equals(cell.columnKey()));
      cells.add(undetermined ? TableCell.undetermined(cell.columnKey()) : cell);
    }
    return new TableRow(row.key(), row.type(), cells);
  }
}
