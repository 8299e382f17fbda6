package org.budgetledger.projections.tables.fiscalappropriationsummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetledger.core.model.FunctionClasses;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.BalanceSheetLayout;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 财政拨款收支总表 (district 预算05表 财政拨款收支预算总表, municipal 预算04表): the fiscal-appropriation part (一般公共预算,
 * 政府性基金预算, 国有资本经营预算) of 收支总表.
 *
 * <p>Rows: {@code income:<FundSource>} and {@code carryOver:<FundSource>} for the three fiscal
 * sources; {@code spending:<类>} over the format's fixed list ({@link
 * FunctionClasses#fiscalAppropriationSummary}: 31 district, 26 municipal); {@code
 * totals:currentYear}, {@code totals:carryOver} (上年结转 | 年终结转结余, the income kept unspent), {@code
 * totals:grand}. The district prints 一、本年收入 | 一、本年支出 first and （一）… sub-items; the municipal prints
 * 一、… items and the 合计 lines after the classes. Columns as {@link BalanceSheetLayout}.
 */
@Component
public class FiscalAppropriationSummaryBuilder implements DisclosureTableBuilder {
  private static final List<FundSource> FISCAL =
      List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL);
  private static final FundSource[] FISCAL_SPENDING = {
    FundSource.GENERAL_BUDGET,
    FundSource.GOVERNMENT_FUND,
    FundSource.STATE_CAPITAL,
    FundSource.GENERAL_BUDGET_CARRY_OVER,
    FundSource.FISCAL_CARRY_OVER
  };
  // 上年结转 财政拨款 of no printed fund type is income (上年结转) and spending of its own
  private static final FundSource[] FISCAL_INCOME = {
    FundSource.GENERAL_BUDGET,
    FundSource.GOVERNMENT_FUND,
    FundSource.STATE_CAPITAL,
    FundSource.FISCAL_CARRY_OVER
  };

  @Override
  public TableKind kind() {
    return TableKind.FISCAL_APPROPRIATION_SUMMARY;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    boolean district = TableFrame.isDistrict(view);
    List<String> notes = new ArrayList<>();
    LegFilter income = LegFilter.income().fundSources(FISCAL_INCOME);
    // 上年结转 一般公共预算 pays lines as its own source where a document prints it apart
    LegFilter spending = LegFilter.spending().fundSources(FISCAL_SPENDING);
    TableRow currentYear =
        BalanceSheetLayout.both(
            "totals:currentYear",
            RowType.SUBTOTAL,
            district ? "一、本年收入" : "本年收入合计",
            Cells.legs("income", view, income.origins(Origin.CURRENT_YEAR)),
            district ? "一、本年支出" : "本年支出合计",
            Cells.legs("spending", view, spending));
    TableRow carryOver =
        BalanceSheetLayout.both(
            "totals:carryOver",
            RowType.SUBTOTAL,
            district ? "二、上年结转" : "上年结转结余",
            Cells.legs("income", view, income.origins(Origin.CARRY_OVER)),
            district ? "二、年终结转结余" : "年终结转结余",
            BalanceSheetLayout.yearEndBalance(view, income, spending));
    List<TableRow> rows = new ArrayList<>();
    if (district) {
      rows.add(currentYear);
    }
    rows.addAll(sourceRows(view, "income:", Origin.CURRENT_YEAR, district, "资金"));
    rows.addAll(
        BalanceSheetLayout.classRows(
            view,
            FunctionClasses.fiscalAppropriationSummary(view.header().format()),
            spending,
            notes));
    if (!district) {
      rows.add(currentYear);
    }
    rows.add(carryOver);
    rows.addAll(sourceRows(view, "carryOver:", Origin.CARRY_OVER, district, "拨款"));
    if (view.income().stream()
        .anyMatch(b -> b.key().fundSource() == FundSource.FISCAL_CARRY_OVER)) {
      // a 上年结转 the document carries by no fund: its own row, so that 上年结转 is the sum of its rows
      rows.add(
          BalanceSheetLayout.left(
              "carryOver:" + FundSource.FISCAL_CARRY_OVER.name(),
              FundSource.FISCAL_CARRY_OVER.chinese(),
              Cells.legs(
                  "income",
                  view,
                  LegFilter.income()
                      .fundSources(FundSource.FISCAL_CARRY_OVER)
                      .origins(Origin.CARRY_OVER))));
    }
    rows.add(
        BalanceSheetLayout.both(
            "totals:grand",
            RowType.TOTAL,
            "收入总计",
            Cells.legs("income", view, income),
            "支出总计",
            BalanceSheetLayout.spendingGrandTotal(view, income, spending)));
    return TableFrame.table(
        view, kind(), BalanceSheetLayout.header(), BalanceSheetLayout.columns(), rows, notes);
  }

  /**
   * 款 and 项 rows and spending by use, where a family prints them, over the fiscal sources: the legs
   * of the table's 类 rows and totals, 上年结转 财政拨款 included (Xi'an 2026's 项目支出 1,085,462,907.63 holds
   * its 131,027,041.73).
   */
  @Override
  public Optional<TableRow> printedRow(BudgetView view, String key) {
    return PrintedBalanceRows.of(
        view,
        key,
        LegFilter.income().fundSources(FISCAL_INCOME),
        LegFilter.spending().fundSources(FISCAL_SPENDING));
  }

  /** The headings a family prints with the figure of 本年收入合计 or 本年支出合计 (Xi'an's 一、财政拨款). */
  @Override
  public DisclosureTable asPrinted(
      BudgetView view, DisclosureTable table, List<String> printedKeys) {
    return PrintedBalanceRows.withHeadings(table, printedKeys);
  }

  /** The district numbers sub-items （一）（二）（三）, the municipal 一、二、三、. */
  private static List<TableRow> sourceRows(
      BudgetView view, String prefix, Origin origin, boolean district, String suffix) {
    List<TableRow> rows = new ArrayList<>();
    int n = 0;
    for (FundSource source : FISCAL) {
      n++;
      String number =
          district ? "（" + FunctionClasses.ordinal(n) + "）" : FunctionClasses.ordinal(n) + "、";
      rows.add(
          BalanceSheetLayout.left(
              prefix + source.name(),
              number + source.chinese() + suffix,
              Cells.legs("income", view, LegFilter.income().fundSources(source).origins(origin))));
    }
    return rows;
  }
}
