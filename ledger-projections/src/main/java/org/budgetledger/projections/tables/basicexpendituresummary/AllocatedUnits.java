package org.budgetledger.projections.tables.basicexpendituresummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetledger.core.model.BasicAllocation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * The unit rows of 基本支出总表 where the ledger holds the units' basic money as the published table gave
 * it (unit × 类 × source, {@code BudgetView.basicAllocations}) because the lines sit on none of
 * them: each unit's 类 rows, and the unit's row as their sum, every fund column summing the sources
 * it names. The 合计 row stays the lines', so rule 6's "units = 合计" checks the allocations against
 * them.
 */
final class AllocatedUnits {
  private static final String SOURCE = "基本支出总表所列单位基本支出（按单位、经济分类类、资金来源记录，推导 PRINTED_BY_UNIT）";

  private AllocatedUnits() {}

  static List<TableRow> rows(BudgetView view) {
    Map<String, List<BasicAllocation>> byUnit = new LinkedHashMap<>();
    view.basicAllocations()
        .forEach(a -> byUnit.computeIfAbsent(a.unitCode(), u -> new ArrayList<>()).add(a));
    List<TableRow> rows = new ArrayList<>();
    byUnit.forEach(
        (unit, allocations) -> {
          rows.add(row(unit, RowType.SUBTOTAL, allocations.get(0).unitName(), allocations));
          allocations.stream()
              .map(BasicAllocation::economicClass)
              .filter(Objects::nonNull)
              .distinct()
              .forEach(
                  cls ->
                      rows.add(
                          row(
                              unit + "|" + cls,
                              RowType.DETAIL,
                              CodeLabels.deptEconomic(view, cls),
                              allocations.stream()
                                  .filter(a -> cls.equals(a.economicClass()))
                                  .toList())));
        });
    return rows;
  }

  private static TableRow row(
      String key, RowType type, String label, List<BasicAllocation> allocations) {
    List<TableCell> cells = new ArrayList<>();
    cells.add(Cells.text("item", label));
    for (FundColumns c : FundColumns.values()) {
      List<?> sources = Arrays.asList(c.sources());
      List<BasicAllocation> summed =
          allocations.stream().filter(a -> sources.contains(a.fundSource())).toList();
      long fen = summed.stream().mapToLong(a -> a.amount().value()).reduce(0, Math::addExact);
      cells.add(
          TableCell.money(c.key(), Fen.of(fen), new CellSource.Allocated(SOURCE, summed.size())));
    }
    return new TableRow(key, type, cells);
  }
}
