package org.budgetledger.projections.tables.basicexpendituresummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Unit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
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
 * 基本支出总表 (Guangzhou's 表11 部门预算基本支出预算表, Shenzhen's 基本支出总表): basic spending (人员经费 and 公用经费) of every
 * fund source, by unit and, under each unit, by the 类 of its 部门经济分类 code, in the order the budget
 * names its units and the codes sort.
 *
 * <p>Row keys: {@code total}; a unit's code ({@code 201001}, a subtotal of its 类 rows); {@code
 * <unit>|<类>} ({@code 201001|301}); {@code <unit>|-} for basic money without an economic code
 * (printed only where some is); a unit whose 类 and 款 the published table allocated ({@link
 * AllocatedCodes}) has those rows instead, as printed. Where the ledger holds the units' basic
 * money as the published table allocated it because the lines sit on none of them ({@link
 * AllocatedUnits}), the unit rows are those. Columns: {@code item} and the fund columns of {@link
 * FundColumns}.
 */
@Component
public class BasicExpenditureSummaryBuilder implements DisclosureTableBuilder {
  private static final LegFilter BASIC =
      LegFilter.spending().kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC);

  @Override
  public TableKind kind() {
    return TableKind.BASIC_EXPENDITURE_SUMMARY;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    List<TableRow> rows = new ArrayList<>();
    // money of several non-fiscal sources recorded as one (非财政拨款资金): which of 财政专户 and the
    // rest holds it no table says
    Set<FundColumns> lumped = OffUnitMoney.lumped(view, BASIC);
    rows.add(row("total", RowType.TOTAL, TableFrame.TOTAL_LABEL, view, BASIC, lumped));
    if (!view.basicAllocations().isEmpty()) {
      // the lines sit on none of the printed units: the units' rows are the allocations
      rows.addAll(AllocatedUnits.rows(view));
      return TableFrame.table(view, kind(), header(), columns(), rows, List.of());
    }
    Set<String> offUnits = OffUnitMoney.holders(view, BASIC);
    Set<FundColumns> open = offUnits.isEmpty() ? lumped : OffUnitMoney.nonFiscal();
    for (Unit unit : view.header().units()) {
      String u = unit.code().value();
      if (offUnits.contains(u)) {
        // its money belongs to units no table names: it is in the 合计 row only
        continue;
      }
      LegFilter own = BASIC.unit(u);
      List<String> classes =
          view.lines().stream()
              .map(LineBalance::key)
              .filter(own::matches)
              .map(BasicExpenditureSummaryBuilder::economicClass)
              .distinct()
              .sorted()
              .toList();
      List<TableRow> allocated = AllocatedCodes.rows(view, u);
      if (classes.isEmpty() && allocated.isEmpty()) {
        continue;
      }
      rows.add(row(u, RowType.SUBTOTAL, unit.name(), view, own, open));
      if (!allocated.isEmpty()) {
        // the table's own split of the unit's money by code, which no line carries
        rows.addAll(allocated);
        continue;
      }
      for (String c : classes) {
        boolean undetailed = c.equals(LegFilter.ABSENT);
        String label = undetailed ? CodeLabels.UNDETAILED : CodeLabels.deptEconomic(view, c);
        LegFilter cls = undetailed ? own.deptEconomic(c).exact() : own.deptEconomic(c);
        rows.add(row(u + "|" + c, RowType.DETAIL, label, view, cls, open));
      }
    }
    if (!offUnits.isEmpty()) {
      // a unit's row of money the ledger keeps off the units (a 款 it pays from 单位资金 alone) has no
      // rebuilt row: its 财政拨款 figures are zero, the others not determined
      rows.add(
          row(
              TableRow.OTHER_ROWS,
              RowType.DETAIL,
              "",
              view,
              BASIC.unit(TableRow.OTHER_ROWS),
              open));
    }
    return TableFrame.table(view, kind(), header(), columns(), rows, List.of());
  }

  /** The 类 (first three digits) of a line's 部门经济分类 code, {@code -} where it has none. */
  private static String economicClass(LineKey key) {
    return key.deptEconomic() == null
        ? LegFilter.ABSENT
        : key.deptEconomic().value().substring(0, 3);
  }

  /**
   * {@code open}: the columns the ledger does not determine at the row's grain ({@link
   * OffUnitMoney}).
   */
  private static TableRow row(
      String key,
      RowType type,
      String label,
      BudgetView view,
      LegFilter filter,
      Set<FundColumns> open) {
    List<TableCell> cells = new ArrayList<>();
    cells.add(Cells.text("item", label));
    for (FundColumns c : FundColumns.values()) {
      cells.add(
          open.contains(c)
              ? TableCell.undetermined(c.key())
              : Cells.legs(c.key(), view, filter.fundSources(c.sources())));
    }
    return new TableRow(key, type, cells);
  }

  private static List<List<HeaderCell>> header() {
    List<HeaderCell> top = new ArrayList<>();
    top.add(HeaderCell.of("支出项目类别（资金使用单位）"));
    for (FundColumns c : FundColumns.values()) {
      top.add(HeaderCell.of(c.header()));
    }
    return List.of(top);
  }

  private static List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("item", "支出项目类别（资金使用单位）"));
    columns.addAll(FundColumns.columns());
    return columns;
  }
}
