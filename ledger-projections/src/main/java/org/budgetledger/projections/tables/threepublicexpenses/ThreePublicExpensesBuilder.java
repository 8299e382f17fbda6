package org.budgetledger.projections.tables.threepublicexpenses;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
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
 * "三公"经费支出表 (district 预算10表, municipal 预算09表): spending of 财政拨款 (一般公共预算, 政府性基金, 国有资本经营) on the
 * 部门支出经济分类 codes of 三公: 因公出国（境）费用 {@code 30212} and its 7-digit children, 公务接待费 {@code 30217},
 * 公务用车购置 {@code 31013}, 公务用车运行维护费 {@code 30231}.
 *
 * <p>One row, keyed by the fiscal year ({@code 2026}). Columns: {@code year} (年度, district only),
 * {@code total} (all four), {@code abroad}, {@code reception}, {@code vehicles} (公务用车购置及运行维护费 小计,
 * municipal only: the district prints no 小计), {@code vehiclePurchase}, {@code vehicleOperation}.
 * The district prints {@link TableFrame#NOT_INVOLVED} when all are zero.
 */
@Component
public class ThreePublicExpensesBuilder implements DisclosureTableBuilder {
  static final String ABROAD = "30212";
  static final String RECEPTION = "30217";
  static final String VEHICLE_PURCHASE = "31013";
  static final String VEHICLE_OPERATION = "30231";

  @Override
  public TableKind kind() {
    return TableKind.THREE_PUBLIC_EXPENSES;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    boolean district = TableFrame.isDistrict(view);
    String year = Integer.toString(view.header().id().year().value());
    LegFilter fiscal =
        LegFilter.spending()
            .fundSources(
                FundSource.GENERAL_BUDGET,
                FundSource.GOVERNMENT_FUND,
                FundSource.STATE_CAPITAL,
                FundSource.GENERAL_BUDGET_CARRY_OVER);
    List<TableCell> cells = new ArrayList<>();
    if (district) {
      cells.add(Cells.text("year", year));
    }
    TableCell total =
        Cells.legs(
            "total",
            view,
            fiscal.deptEconomicAnyOf(ABROAD, RECEPTION, VEHICLE_PURCHASE, VEHICLE_OPERATION));
    cells.add(total);
    cells.add(Cells.legs("abroad", view, fiscal.deptEconomic(ABROAD)));
    cells.add(Cells.legs("reception", view, fiscal.deptEconomic(RECEPTION)));
    if (!district) {
      cells.add(
          Cells.legs(
              "vehicles", view, fiscal.deptEconomicAnyOf(VEHICLE_PURCHASE, VEHICLE_OPERATION)));
    }
    cells.add(Cells.legs("vehiclePurchase", view, fiscal.deptEconomic(VEHICLE_PURCHASE)));
    cells.add(Cells.legs("vehicleOperation", view, fiscal.deptEconomic(VEHICLE_OPERATION)));
    List<String> notes =
        district && total.amount().isZero() ? List.of(TableFrame.NOT_INVOLVED) : List.of();
    return TableFrame.table(
        view,
        kind(),
        header(district),
        columns(district),
        List.of(new TableRow(year, RowType.DETAIL, cells)),
        notes);
  }

  private static List<List<HeaderCell>> header(boolean district) {
    List<HeaderCell> top = new ArrayList<>();
    if (district) {
      top.add(TableFrame.span("年度", 1, 2));
    }
    top.add(TableFrame.span("“三公”经费财政拨款预算总额", 1, 2));
    top.add(TableFrame.span("因公出国（境）费用", 1, 2));
    top.add(TableFrame.span("公务接待费", 1, 2));
    top.add(TableFrame.span("公务用车购置及运行维护费", district ? 2 : 3, 1));
    List<HeaderCell> second = new ArrayList<>();
    if (!district) {
      second.add(HeaderCell.of("小计"));
    }
    second.add(HeaderCell.of("公务用车购置费"));
    second.add(HeaderCell.of("公务用车运行维护费"));
    return List.of(top, second);
  }

  private static List<Column> columns(boolean district) {
    List<Column> columns = new ArrayList<>();
    if (district) {
      columns.add(new Column("year", "年度"));
    }
    columns.addAll(
        List.of(
            new Column("total", "“三公”经费财政拨款预算总额"),
            new Column("abroad", "因公出国（境）费用"),
            new Column("reception", "公务接待费")));
    if (!district) {
      columns.add(new Column("vehicles", "公务用车购置及运行维护费小计"));
    }
    columns.add(new Column("vehiclePurchase", "公务用车购置费"));
    columns.add(new Column("vehicleOperation", "公务用车运行维护费"));
    return columns;
  }
}
