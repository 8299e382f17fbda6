package org.budgetledger.projections.tables.incomeexpendituresummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 收支总表 (预算01表 in both formats): this year's income by fund source, spending by 类 in the format's
 * fixed list ({@link FunctionClasses#incomeExpenditureSummary}), then the totals.
 *
 * <p>Rows, in printed order: {@code income:<FundSource>} for the nine sources 一、一般公共预算拨款收入 … 九、其他收入
 * (this year's income only); {@code spending:<类>} (e.g. {@code spending:210}); {@code
 * totals:currentYear} (本年收入合计 | 本年支出合计), {@code totals:carryOver} (上年结转结余 | 年终结转结余: the income the
 * 年初预算 keeps unspent), {@code totals:grand} (收入总计 | 支出总计). Columns as {@link BalanceSheetLayout}.
 */
@Component
public class IncomeExpenditureSummaryBuilder implements DisclosureTableBuilder {
  private static final String INCOME = "income:";
  private static final String CURRENT_YEAR = "totals:currentYear";

  static final List<FundSource> SOURCES =
      List.of(
          FundSource.GENERAL_BUDGET,
          FundSource.GOVERNMENT_FUND,
          FundSource.STATE_CAPITAL,
          FundSource.FISCAL_SPECIAL_ACCOUNT,
          FundSource.BUSINESS_INCOME,
          FundSource.SUPERIOR_SUBSIDY,
          FundSource.AFFILIATE_REMITTANCE,
          FundSource.OPERATING_INCOME,
          FundSource.OTHER_INCOME);

  @Override
  public TableKind kind() {
    return TableKind.INCOME_EXPENDITURE_SUMMARY;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    List<TableRow> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int n = 0;
    for (FundSource source : SOURCES) {
      rows.add(
          BalanceSheetLayout.left(
              "income:" + source.name(),
              FunctionClasses.numbered(++n, label(source)),
              Cells.legs(
                  "income",
                  view,
                  LegFilter.income().fundSources(source).origins(Origin.CURRENT_YEAR))));
    }
    rows.addAll(
        BalanceSheetLayout.classRows(
            view,
            FunctionClasses.incomeExpenditureSummary(view.header().format()),
            LegFilter.spending(),
            notes));
    rows.add(
        BalanceSheetLayout.both(
            "totals:currentYear",
            RowType.SUBTOTAL,
            "本年收入合计",
            Cells.legs("income", view, LegFilter.income().origins(Origin.CURRENT_YEAR)),
            "本年支出合计",
            Cells.legs("spending", view, LegFilter.spending())));
    rows.add(
        BalanceSheetLayout.both(
            "totals:carryOver",
            RowType.SUBTOTAL,
            "上年结转结余",
            Cells.legs("income", view, LegFilter.income().origins(Origin.CARRY_OVER)),
            "年终结转结余",
            BalanceSheetLayout.yearEndBalance(view, LegFilter.income(), LegFilter.spending())));
    rows.add(
        BalanceSheetLayout.both(
            "totals:grand",
            RowType.TOTAL,
            "收入总计",
            Cells.legs("income", view, LegFilter.income()),
            "支出总计",
            BalanceSheetLayout.spendingGrandTotal(view, LegFilter.income(), LegFilter.spending())));
    return TableFrame.table(
        view, kind(), BalanceSheetLayout.header(), BalanceSheetLayout.columns(), rows, notes);
  }

  /** 款 and 项 rows, spending by use and the fiscal subtotal, where a family prints them. */
  @Override
  public Optional<TableRow> printedRow(BudgetView view, String key) {
    return PrintedBalanceRows.of(view, key, LegFilter.income(), LegFilter.spending());
  }

  /**
   * A source a family prints below 本年收入合计 (Yantai: 上级补助收入, then 附属单位上缴收入 and 上年结转, before 收入总计) is
   * not part of it: the row moves below the subtotal, which sums the other sources.
   */
  @Override
  public DisclosureTable asPrinted(
      BudgetView view, DisclosureTable table, List<String> printedKeys) {
    return PrintedBalanceRows.withHeadings(belowSubtotal(view, table, printedKeys), printedKeys);
  }

  private static DisclosureTable belowSubtotal(
      BudgetView view, DisclosureTable table, List<String> printedKeys) {
    int subtotal = printedKeys.indexOf(CURRENT_YEAR);
    if (subtotal < 0) {
      return table;
    }
    Set<String> below = new LinkedHashSet<>();
    for (String key : printedKeys.subList(subtotal + 1, printedKeys.size())) {
      if (key.startsWith(INCOME) && table.row(key).isPresent()) {
        below.add(key);
      }
    }
    if (below.isEmpty()) {
      return table;
    }
    FundSource[] inside =
        Arrays.stream(FundSource.values())
            .filter(f -> !below.contains(INCOME + f.name()))
            .toArray(FundSource[]::new);
    TableCell income =
        Cells.legs(
            "income", view, LegFilter.income().fundSources(inside).origins(Origin.CURRENT_YEAR));
    List<TableRow> rows = new ArrayList<>();
    List<TableRow> moved = new ArrayList<>();
    for (TableRow row : table.rows()) {
      if (below.contains(row.key())) {
        moved.add(row);
      } else if (row.key().equals(CURRENT_YEAR)) {
        rows.add(withCell(row, income));
        rows.addAll(moved);
      } else {
        rows.add(row);
      }
    }
    return table.withRows(rows);
  }

  private static TableRow withCell(TableRow row, TableCell replacement) {
    List<TableCell> cells = new ArrayList<>();
    for (TableCell cell : row.cells()) {
      cells.add(cell.columnKey().equals(replacement.columnKey()) ? replacement : cell);
    }
    return new TableRow(row.key(), row.type(), cells);
  }

  /** The 收支总表 calls fiscal income 拨款收入 and the others 收入 (事业收入 is already one). */
  static String label(FundSource source) {
    return switch (source) {
      case GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL -> source.chinese() + "拨款收入";
      case FISCAL_SPECIAL_ACCOUNT -> source.chinese() + "收入";
      default -> source.chinese();
    };
  }
}
