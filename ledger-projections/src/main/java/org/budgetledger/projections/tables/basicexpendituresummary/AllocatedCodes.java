package org.budgetledger.projections.tables.basicexpendituresummary;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.budgetledger.core.model.EconomicAllocation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * A unit's 类 and 款 rows as the published table allocated them (unit × code × source, {@link
 * EconomicAllocation}): no line of the unit carries that split, so the rows are the printed
 * figures, rounded as printed, and the rules check them against the unit's row, which the lines
 * rebuild. A 类 is followed by its 款, in code order.
 */
final class AllocatedCodes {
  private static final CellSource SOURCE =
      new CellSource.Allocated("基本支出总表所列单位、经济分类科目资金（按单位、科目、资金来源记录，推导 PRINTED_BY_UNIT_ECONOMIC）");

  private AllocatedCodes() {}

  /** The unit's rows keyed {@code <unit>|<code>}; none where no table allocated its basic money. */
  static List<TableRow> rows(BudgetView view, String unit) {
    TreeMap<String, List<EconomicAllocation>> byCode = new TreeMap<>();
    for (EconomicAllocation a : view.economicAllocations()) {
      if (!a.project() && a.unitCode().equals(unit)) {
        byCode.computeIfAbsent(a.code().value(), c -> new ArrayList<>()).add(a);
      }
    }
    List<TableRow> rows = new ArrayList<>();
    byCode.forEach(
        (code, allocations) -> {
          List<TableCell> cells = new ArrayList<>();
          cells.add(Cells.text("item", CodeLabels.deptEconomic(view, code)));
          for (FundColumns c : FundColumns.values()) {
            cells.add(TableCell.money(c.key(), sum(allocations, c), SOURCE));
          }
          rows.add(new TableRow(unit + "|" + code, RowType.DETAIL, cells));
        });
    return rows;
  }

  /** The column's sources summed; money of no printed source counts in 总计 alone. */
  private static Fen sum(List<EconomicAllocation> allocations, FundColumns column) {
    List<FundSource> sources = List.of(column.sources());
    Fen total = Fen.ZERO;
    for (EconomicAllocation a : allocations) {
      if (column == FundColumns.TOTAL
          || a.fundSource() != null && sources.contains(a.fundSource())) {
        total = total.plus(a.amount());
      }
    }
    return total;
  }
}
