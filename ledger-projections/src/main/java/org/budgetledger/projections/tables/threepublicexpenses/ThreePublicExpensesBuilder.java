package org.budgetledger.projections.tables.threepublicexpenses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Unit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.FamilyLayout;
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
 * <p>One row, keyed by the fiscal year ({@code 2026}); where the family prints the table by unit,
 * then one row per unit, keyed by the unit's code, its 单位名称 in a {@code unit} column. Columns:
 * {@code year} (年度, district only), {@code total} (all four), {@code abroad}, {@code reception},
 * {@code vehicles} (公务用车购置及运行维护费 小计, municipal only: the district prints no 小计), {@code
 * vehiclePurchase}, {@code vehicleOperation}; where the family prints them, {@code threePublic}
 * (the four items' 小计), {@code meetings} (会议费 {@code 30215}) and {@code training} (培训费 {@code
 * 30216}). The district prints {@link TableFrame#NOT_INVOLVED} when all are zero.
 */
@Component
public class ThreePublicExpensesBuilder implements DisclosureTableBuilder {
  static final String ABROAD = "30212";
  static final String RECEPTION = "30217";
  static final String VEHICLE_PURCHASE = "31013";
  static final String VEHICLE_OPERATION = "30231";
  static final String MEETINGS = "30215";
  static final String TRAINING = "30216";

  /** Columns some families print beside the 三公 items, in their canonical order, by key. */
  private static final Map<String, String> BESIDE = beside();

  private static Map<String, String> beside() {
    Map<String, String> beside = new LinkedHashMap<>();
    beside.put("threePublic", "“三公”经费小计");
    beside.put("meetings", "会议费");
    beside.put("training", "培训费");
    return Collections.unmodifiableMap(beside);
  }

  @Override
  public TableKind kind() {
    return TableKind.THREE_PUBLIC_EXPENSES;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    return build(view, List.of());
  }

  /**
   * Where the family's document prints 会议费 and 培训费 beside the 三公 items ({@code meetings}, {@code
   * training}) and the items' own 小计 ({@code threePublic}), the table has those columns too, and
   * its 合计 adds 会议费 and 培训费 when that 小计 is printed apart from it (as the importer reads the
   * printed 合计, {@code ThreePublicExpenses}).
   */
  @Override
  public DisclosureTable build(BudgetView view, FamilyLayout.Frame frame) {
    return build(
        view,
        BESIDE.keySet().stream().filter(frame.headers()::containsKey).toList(),
        frame.headers().containsKey("unit") ? UnitRows.fiscalUnits(view) : List.of());
  }

  private DisclosureTable build(BudgetView view, List<String> beside) {
    return build(view, beside, List.of());
  }

  /**
   * {@code units}: where the family prints its 三公 table by unit (a 预算单位 column) and 财政拨款 pays two
   * or more units, the department's row is followed by each unit's, keyed by its code as the
   * importer keys the printed unit rows; a budget of one such unit prints that unit's row as the
   * department's (Shenzhen c9051f27's table has no other row).
   */
  private DisclosureTable build(BudgetView view, List<String> beside, List<Unit> units) {
    boolean district = TableFrame.isDistrict(view);
    String year = Integer.toString(view.header().id().year().value());
    LegFilter fiscal =
        LegFilter.spending()
            .fundSources(
                FundSource.GENERAL_BUDGET,
                FundSource.GOVERNMENT_FUND,
                FundSource.STATE_CAPITAL,
                FundSource.GENERAL_BUDGET_CARRY_OVER);
    // units whose items the ledger holds only as printed (no line of theirs carries them) have
    // their rows from those records; the others' rows add their lines
    List<ThreePublicTags.RecordedUnit> recorded = ThreePublicTags.units(view);
    List<Unit> onLines =
        units.size() > 1
            ? units.stream()
                .filter(u -> recorded.stream().noneMatch(r -> r.code().equals(u.code().value())))
                .toList()
            : List.of();
    boolean byUnit = !onLines.isEmpty() || !recorded.isEmpty();
    List<TableRow> rows = new ArrayList<>();
    List<TableCell> cells = cells(view, district, year, beside, fiscal, byUnit ? "" : null);
    rows.add(new TableRow(year, RowType.DETAIL, cells));
    for (Unit unit : onLines) {
      String code = unit.code().value();
      rows.add(
          new TableRow(
              code,
              RowType.DETAIL,
              cells(view, district, year, beside, fiscal.unit(code), code + "-" + unit.name())));
    }
    for (ThreePublicTags.RecordedUnit unit : recorded) {
      rows.add(
          new TableRow(
              unit.code(), RowType.DETAIL, recordedCells(view, district, year, beside, unit)));
    }
    TableCell total = cells.stream().filter(c -> c.columnKey().equals("total")).findFirst().get();
    List<String> notes =
        district && total.amount().isZero() ? List.of(TableFrame.NOT_INVOLVED) : List.of();
    List<Column> columns = columns(district, beside);
    if (byUnit) {
      columns.add(0, new Column("unit", "单位名称"));
    }
    return TableFrame.table(view, kind(), header(district, beside, byUnit), columns, rows, notes);
  }

  /**
   * One row's cells over the legs {@code fiscal} selects; {@code unitLabel} null where no unit
   * column.
   */
  private static List<TableCell> cells(
      BudgetView view,
      boolean district,
      String year,
      List<String> beside,
      LegFilter fiscal,
      String unitLabel) {
    boolean totalAddsMeetings =
        beside.contains("threePublic")
            && (beside.contains("meetings") || beside.contains("training"));
    List<TableCell> cells = new ArrayList<>();
    if (unitLabel != null) {
      cells.add(Cells.text("unit", unitLabel));
    }
    if (district) {
      cells.add(Cells.text("year", year));
    }
    TableCell total =
        Cells.legs(
            "total",
            view,
            totalAddsMeetings
                ? fiscal.deptEconomicAnyOf(
                    ABROAD, RECEPTION, VEHICLE_PURCHASE, VEHICLE_OPERATION, MEETINGS, TRAINING)
                : fiscal.deptEconomicAnyOf(ABROAD, RECEPTION, VEHICLE_PURCHASE, VEHICLE_OPERATION));
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
    if (beside.contains("threePublic")) {
      cells.add(
          Cells.legs(
              "threePublic",
              view,
              fiscal.deptEconomicAnyOf(ABROAD, RECEPTION, VEHICLE_PURCHASE, VEHICLE_OPERATION)));
    }
    if (beside.contains("meetings")) {
      cells.add(Cells.legs("meetings", view, fiscal.deptEconomic(MEETINGS)));
    }
    if (beside.contains("training")) {
      cells.add(Cells.legs("training", view, fiscal.deptEconomic(TRAINING)));
    }
    return cells;
  }

  /** A row of a unit whose items are recorded as printed: each 小计 the sum of its items. */
  private static List<TableCell> recordedCells(
      BudgetView view,
      boolean district,
      String year,
      List<String> beside,
      ThreePublicTags.RecordedUnit unit) {
    boolean totalAddsMeetings =
        beside.contains("threePublic")
            && (beside.contains("meetings") || beside.contains("training"));
    List<TableCell> cells = new ArrayList<>();
    cells.add(Cells.text("unit", unit.label()));
    if (district) {
      cells.add(Cells.text("year", year));
    }
    List<String> columns = new ArrayList<>(List.of("total", "abroad", "reception", "vehicles"));
    if (district) {
      columns.remove("vehicles");
    }
    columns.addAll(List.of("vehiclePurchase", "vehicleOperation"));
    columns.addAll(beside);
    for (String column : columns) {
      cells.add(Cells.tags(column, view, ThreePublicTags.source(unit, column, totalAddsMeetings)));
    }
    return cells;
  }

  private static List<List<HeaderCell>> header(
      boolean district, List<String> beside, boolean byUnit) {
    List<HeaderCell> top = new ArrayList<>();
    if (byUnit) {
      top.add(TableFrame.span("单位名称", 1, 2));
    }
    if (district) {
      top.add(TableFrame.span("年度", 1, 2));
    }
    top.add(TableFrame.span("“三公”经费财政拨款预算总额", 1, 2));
    top.add(TableFrame.span("因公出国（境）费用", 1, 2));
    top.add(TableFrame.span("公务接待费", 1, 2));
    top.add(TableFrame.span("公务用车购置及运行维护费", district ? 2 : 3, 1));
    beside.forEach(key -> top.add(TableFrame.span(BESIDE.get(key), 1, 2)));
    List<HeaderCell> second = new ArrayList<>();
    if (!district) {
      second.add(HeaderCell.of("小计"));
    }
    second.add(HeaderCell.of("公务用车购置费"));
    second.add(HeaderCell.of("公务用车运行维护费"));
    return List.of(top, second);
  }

  private static List<Column> columns(boolean district, List<String> beside) {
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
    beside.forEach(key -> columns.add(new Column(key, BESIDE.get(key))));
    return columns;
  }
}
