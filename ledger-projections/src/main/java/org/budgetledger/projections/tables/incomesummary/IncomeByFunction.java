package org.budgetledger.projections.tables.incomesummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.ViewSums;

/**
 * A 收入总表 row by 功能分类科目 ({@code spendingDetail:<code>}, as Shanghai, Yantai and Changsha print it):
 * the income that pays the spending under the code, which in a balanced budget is that spending by
 * fund source. This year's sources are the lines' own; 上年结转 is the carry-over sources' lines (上年结转
 * 一般公共预算, 财政拨款 of no printed type). A figure the ledger does not hold at this grain is {@linkplain
 * TableCell#undetermined undetermined}, never a guess: a non-fiscal source's where the code's
 * spending is recorded as {@link FundSource#NON_FISCAL} (several non-fiscal sources, none of which
 * the tables tie to a line), and the split between this year's and carried money where the budget's
 * carry-over income is not all on carry-over lines (a document that prints both together).
 */
final class IncomeByFunction {
  private static final List<FundSource> CARRIED_SPENDING =
      List.of(FundSource.GENERAL_BUDGET_CARRY_OVER, FundSource.FISCAL_CARRY_OVER);

  private static final CellSource NO_LINE = new CellSource.Fact("无此类上年结转：没有支出行由它支付");

  private IncomeByFunction() {}

  static TableRow row(BudgetView view, String key, String code) {
    LegFilter under = LegFilter.spending().function(code);
    boolean lumped = !ViewSums.of(view, under.fundSources(FundSource.NON_FISCAL)).isZero();
    boolean carriedApart = carriedApart(view);
    List<TableCell> cells = new ArrayList<>();
    cells.add(Cells.text("code", code));
    cells.add(Cells.text("name", CodeLabels.functionName(view, code)));
    cells.add(Cells.legs("total", view, under));
    cells.add(cell(view, "currentYear", under.fundSources(thisYear()), carriedApart));
    for (FundSource source : IncomeSummaryBuilder.current(view)) {
      boolean known = carriedApart && (source.isFiscalAppropriation() || !lumped);
      cells.add(cell(view, source.name(), under.fundSources(source), known));
    }
    cells.add(
        cell(
            view,
            "carryOver",
            under.fundSources(CARRIED_SPENDING.toArray(FundSource[]::new)),
            carriedApart));
    for (FundSource source : IncomeSummaryBuilder.carried(view)) {
      String column = "carryOver:" + source.name();
      if (source == FundSource.GENERAL_BUDGET) {
        cells.add(
            cell(
                view,
                column,
                under.fundSources(FundSource.GENERAL_BUDGET_CARRY_OVER),
                carriedApart));
      } else if (source == FundSource.FISCAL_CARRY_OVER) {
        cells.add(
            cell(view, column, under.fundSources(FundSource.FISCAL_CARRY_OVER), carriedApart));
      } else {
        // no line carries another fund type's carry-over apart: known only where there is none
        boolean none = incomeOf(view, source, Origin.CARRY_OVER).isZero();
        cells.add(none ? TableCell.money(column, Fen.ZERO, NO_LINE) : undetermined(column));
      }
    }
    cells.add(
        cell(
            view,
            IncomeSummaryBuilder.FISCAL,
            under.fundSources(
                FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL),
            carriedApart));
    return new TableRow(key, RowType.DETAIL, cells);
  }

  /**
   * The rows by function of the table as the published one prints them, each holding only the
   * columns the table has: a column the family does not print (财政拨款 beside its sources) is not
   * missing from it.
   */
  static DisclosureTable asPrinted(DisclosureTable table) {
    Set<String> columns = new java.util.HashSet<>(Set.of("code", "name"));
    table.columns().forEach(c -> columns.add(c.key()));
    List<TableRow> rows = new ArrayList<>();
    boolean changed = false;
    for (TableRow row : table.rows()) {
      if (!row.key().startsWith(PrintedBalanceRows.DETAIL)) {
        rows.add(row);
        continue;
      }
      List<TableCell> kept =
          row.cells().stream().filter(c -> columns.contains(c.columnKey())).toList();
      changed |= kept.size() != row.cells().size();
      rows.add(new TableRow(row.key(), row.type(), kept));
    }
    return changed ? table.withRows(rows) : table;
  }

  private static TableCell cell(BudgetView view, String column, LegFilter filter, boolean known) {
    return known ? Cells.legs(column, view, filter) : undetermined(column);
  }

  private static TableCell undetermined(String column) {
    return TableCell.undetermined(column);
  }

  private static FundSource[] thisYear() {
    return Arrays.stream(FundSource.values())
        .filter(f -> !CARRIED_SPENDING.contains(f))
        .toArray(FundSource[]::new);
  }

  /**
   * Whether every 上年结转 of the budget's income is on lines of its own (上年结转 一般公共预算, 财政拨款 of no
   * printed type): only then does a line say whether this year's or carried money pays it.
   */
  private static boolean carriedApart(BudgetView view) {
    Fen carriedIncome = ViewSums.of(view, LegFilter.income().origins(Origin.CARRY_OVER));
    Fen carriedLines =
        ViewSums.of(
            view, LegFilter.spending().fundSources(CARRIED_SPENDING.toArray(FundSource[]::new)));
    return carriedIncome.equals(carriedLines);
  }

  private static Fen incomeOf(BudgetView view, FundSource source, Origin origin) {
    return ViewSums.of(view, LegFilter.income().fundSources(source).origins(origin));
  }
}
