package org.budgetledger.projections.tables.incomesummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.Unit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.IncomeBalance;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 收入总表 (预算02表 in both formats): income by fund source (本年收入) and 上年结转结余 by type.
 *
 * <p>District rows: the department {@code <department code>} (e.g. {@code 201}), then each unit
 * {@code <unit code>} in code order (every unit of the header, and any other unit with income),
 * then {@code total} (合 计). The municipal table prints the 合计 line only: one row {@code total} and
 * no code or name columns. Columns: {@code code}, {@code name} (district only), {@code total} (合计)
 * = {@code currentYear} (本年收入 小计) + {@code carryOver} (上年结转结余 小计); this year's sources by {@link
 * FundSource} name ({@code GENERAL_BUDGET} … {@code OTHER_INCOME}); carry-over types {@code
 * carryOver:GENERAL_BUDGET}, {@code carryOver:GOVERNMENT_FUND}, {@code carryOver:STATE_CAPITAL},
 * {@code carryOver:FISCAL_SPECIAL_ACCOUNT}, {@code carryOver:UNIT_FUNDS}.
 */
@Component
public class IncomeSummaryBuilder implements DisclosureTableBuilder {
  private static final List<FundSource> CURRENT =
      List.of(
          FundSource.GENERAL_BUDGET,
          FundSource.GOVERNMENT_FUND,
          FundSource.STATE_CAPITAL,
          FundSource.FISCAL_SPECIAL_ACCOUNT,
          FundSource.BUSINESS_INCOME,
          FundSource.OPERATING_INCOME,
          FundSource.SUPERIOR_SUBSIDY,
          FundSource.AFFILIATE_REMITTANCE,
          FundSource.OTHER_INCOME);
  private static final List<FundSource> CARRY_OVER =
      List.of(
          FundSource.GENERAL_BUDGET,
          FundSource.GOVERNMENT_FUND,
          FundSource.STATE_CAPITAL,
          FundSource.FISCAL_SPECIAL_ACCOUNT,
          FundSource.UNIT_FUNDS);

  /**
   * Income of a source no 收入总表 template prints a column for, shown only in a budget that holds
   * some, so that its 小计 still adds up: 上年实户资金余额 (this year's side, as Xi'an prints it beside its
   * sources) and 上年结转 财政拨款 of no printed fund type.
   */
  private static final List<FundSource> CURRENT_BEYOND = List.of(FundSource.REAL_ACCOUNT_BALANCE);

  private static final List<FundSource> CARRY_OVER_BEYOND = List.of(FundSource.FISCAL_CARRY_OVER);

  @Override
  public TableKind kind() {
    return TableKind.INCOME_SUMMARY;
  }

  /** The column of the fiscal subtotal (财政拨款), where a family's 收入总表 prints it. */
  static final String FISCAL = "fiscal";

  @Override
  public DisclosureTable build(BudgetView view) {
    return build(view, false);
  }

  /**
   * Where the family's 收入总表 prints 财政拨款, the subtotal of the three fiscal sources (Shanghai prints
   * it in place of them), the table has that column too: this year's income of those sources.
   */
  @Override
  public DisclosureTable build(BudgetView view, FamilyLayout.Frame frame) {
    return build(view, frame.headers().containsKey(FISCAL));
  }

  private DisclosureTable build(BudgetView view, boolean fiscal) {
    boolean district = TableFrame.isDistrict(view);
    List<TableRow> rows = new ArrayList<>();
    if (district) {
      String department = view.header().id().department().value();
      rows.add(
          row(
              view,
              department,
              RowType.SUBTOTAL,
              LegFilter.income(),
              department,
              view.header().departmentName(),
              fiscal));
      for (String unit : unitCodes(view)) {
        rows.add(
            row(
                view,
                unit,
                RowType.DETAIL,
                LegFilter.income().unit(unit),
                unit,
                unitName(view, unit),
                fiscal));
      }
    }
    rows.add(
        row(view, "total", RowType.TOTAL, LegFilter.income(), TableFrame.TOTAL_LABEL, "", fiscal));
    return TableFrame.table(
        view,
        kind(),
        IncomeSummaryLayout.header(district, current(view), carried(view), earmarks(view), fiscal),
        IncomeSummaryLayout.columns(district, current(view), carried(view), earmarks(view), fiscal),
        rows,
        List.of());
  }

  /** A row by 功能分类科目 a family prints ({@code spendingDetail:<code>}): {@link IncomeByFunction}. */
  @Override
  public Optional<TableRow> printedRow(BudgetView view, String key) {
    if (!key.startsWith(PrintedBalanceRows.DETAIL) || key.length() == DETAIL_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(IncomeByFunction.row(view, key, key.substring(DETAIL_LENGTH)));
  }

  /** Rows by function hold the columns the table has, as the published one prints them. */
  @Override
  public DisclosureTable asPrinted(
      BudgetView view, DisclosureTable table, List<String> printedKeys) {
    return IncomeByFunction.asPrinted(table);
  }

  private static final int DETAIL_LENGTH = PrintedBalanceRows.DETAIL.length();

  private TableRow row(
      BudgetView view,
      String key,
      RowType type,
      LegFilter base,
      String code,
      String name,
      boolean fiscal) {
    List<TableCell> cells = new ArrayList<>();
    if (TableFrame.isDistrict(view)) {
      cells.add(Cells.text("code", code));
      cells.add(Cells.text("name", name));
    }
    cells.add(Cells.legs("total", view, base));
    cells.add(Cells.legs("currentYear", view, base.origins(Origin.CURRENT_YEAR)));
    for (FundSource source : current(view)) {
      cells.add(
          Cells.legs(source.name(), view, base.fundSources(source).origins(Origin.CURRENT_YEAR)));
    }
    cells.add(Cells.legs("carryOver", view, base.origins(Origin.CARRY_OVER)));
    for (FundSource source : carried(view)) {
      cells.add(
          Cells.legs(
              "carryOver:" + source.name(),
              view,
              base.fundSources(source).origins(Origin.CARRY_OVER)));
    }
    for (IncomeSummaryLayout.Earmark e : earmarks(view)) {
      cells.add(
          Cells.legs(
              e.key(),
              view,
              base.fundSources(e.source()).origins(Origin.CURRENT_YEAR).earmarks(e.earmark())));
    }
    if (fiscal) {
      cells.add(
          Cells.legs(
              FISCAL,
              view,
              base.fundSources(
                      FundSource.GENERAL_BUDGET,
                      FundSource.GOVERNMENT_FUND,
                      FundSource.STATE_CAPITAL)
                  .origins(Origin.CURRENT_YEAR)));
    }
    return new TableRow(key, type, cells);
  }

  /**
   * The earmarked parts of this year's sources the budget holds (专项资金 of 一般公共预算, as Xi'an prints it
   * beside the 小计), a column each after the others; none in a budget without them, whose table
   * stays as it was.
   */
  static List<IncomeSummaryLayout.Earmark> earmarks(BudgetView view) {
    return view.income().stream()
        .filter(b -> b.earmark() != null && b.key().origin() == Origin.CURRENT_YEAR)
        .map(b -> new IncomeSummaryLayout.Earmark(b.key().fundSource(), b.earmark()))
        .distinct()
        .sorted(
            java.util.Comparator.comparing((IncomeSummaryLayout.Earmark e) -> e.source())
                .thenComparing(IncomeSummaryLayout.Earmark::earmark))
        .toList();
  }

  static List<FundSource> current(BudgetView view) {
    return withHeld(view, CURRENT, CURRENT_BEYOND);
  }

  static List<FundSource> carried(BudgetView view) {
    return withHeld(view, CARRY_OVER, CARRY_OVER_BEYOND);
  }

  private static List<FundSource> withHeld(
      BudgetView view, List<FundSource> printed, List<FundSource> beyond) {
    List<FundSource> sources = new ArrayList<>(printed);
    beyond.stream()
        .filter(f -> view.income().stream().anyMatch(b -> b.key().fundSource() == f))
        .forEach(sources::add);
    return sources;
  }

  private static List<String> unitCodes(BudgetView view) {
    TreeSet<String> codes = new TreeSet<>();
    view.header().units().forEach(u -> codes.add(u.code().value()));
    view.income().stream().map(IncomeBalance::key).forEach(k -> codes.add(k.unit().value()));
    return List.copyOf(codes);
  }

  private static String unitName(BudgetView view, String code) {
    return view.header().units().stream()
        .filter(u -> u.code().value().equals(code))
        .map(Unit::name)
        .findFirst()
        .orElse("");
  }
}
