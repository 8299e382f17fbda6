package org.budgetledger.projections.tables;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;

/**
 * Rows a published 收支总表 or 财政拨款收支总表 prints beyond the ledger's own (sources, 类, totals), rebuilt on
 * request so that a family's own layout compares cell for cell, each over the same legs as the
 * table's other rows: a 款 or 项 row under its 类 ({@code spendingDetail:20402}, the lines under that
 * code, as Hangzhou prints them), spending by use where a family prints no 类 ({@code
 * spendingUse:basic}, 基本支出, as Changsha prints it; 单位预留机动经费 as Jiangsu 2019 does) and the subtotal
 * of the fiscal sources ({@code income:fiscal}, 本级财政拨款收入) where a family prints it without its
 * parts; 单位资金 as this year's income of the units' own sources ({@code income:UNIT_FUNDS}: 事业收入,
 * 事业单位经营收入, 上级补助收入, 附属单位上缴收入, 其他收入), and 上年结转 split only into 财政拨款 and 非财政拨款 ({@code
 * carryOver:fiscal}, {@code carryOver:nonFiscal}), as Shenzhen prints them; 上年实户资金余额 ({@code
 * income:REAL_ACCOUNT_BALANCE}) as Xi'an prints it below 本年收入合计. Uses the ledger does not model
 * (事业单位经营支出, 上缴上级支出 …) are zero, said so.
 */
public final class PrintedBalanceRows {
  public static final String DETAIL = "spendingDetail:";
  public static final String USE = "spendingUse:";
  public static final String FISCAL_INCOME = "income:fiscal";
  public static final String UNIT_FUNDS_INCOME = "income:UNIT_FUNDS";
  public static final String REAL_ACCOUNT_INCOME =
      "income:" + FundSource.REAL_ACCOUNT_BALANCE.name();
  public static final String FISCAL_CARRY_OVER = "carryOver:fiscal";

  /**
   * A heading a family prints above a side's items with the figure of its 本年收入合计 or 本年支出合计 (Xi'an's
   * 部门预算 | 一、部门预算, 财政拨款收支总表's 一、财政拨款): the same total, printed twice.
   */
  public static final String HEADING_INCOME = "heading:income";

  public static final String HEADING_SPENDING = "heading:spending";
  public static final String NON_FISCAL_CARRY_OVER = "carryOver:nonFiscal";

  /** The units' own sources 单位资金 sums (this year's income and, carried over, its own type). */
  public static final List<FundSource> UNIT_FUNDS_PARTS =
      List.of(
          FundSource.BUSINESS_INCOME,
          FundSource.OPERATING_INCOME,
          FundSource.SUPERIOR_SUBSIDY,
          FundSource.AFFILIATE_REMITTANCE,
          FundSource.OTHER_INCOME,
          FundSource.UNIT_FUNDS);

  private static final FundSource[] FISCAL = {
    FundSource.GENERAL_BUDGET,
    FundSource.GOVERNMENT_FUND,
    FundSource.STATE_CAPITAL,
    FundSource.FISCAL_CARRY_OVER
  };

  /** The uses a balance sheet may list on its spending side, by measure, in their words. */
  public static final Map<String, String> USES =
      Map.of(
          "basic", "基本支出",
          "project", "项目支出",
          "reserve", "单位预留机动经费",
          "operating", "事业单位经营支出",
          "affiliateSubsidy", "对附属单位补助支出",
          "remitted", "上缴上级支出",
          "surplusDistribution", "结余分配");

  private static final String NOT_MODELLED = "账本不记此类支出（事业单位经营、上缴上级、对附属单位补助、结余分配）";

  private PrintedBalanceRows() {}

  /**
   * The row for {@code key} over the table's legs ({@code income} and {@code spending} its scope),
   * empty for a key of none of these kinds.
   */
  public static Optional<TableRow> of(
      BudgetView view, String key, LegFilter income, LegFilter spending) {
    if (key.equals(FISCAL_INCOME)) {
      LegFilter fiscal =
          income
              .fundSources(
                  FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL)
              .origins(Origin.CURRENT_YEAR);
      return Optional.of(
          BalanceSheetLayout.left(key, "财政拨款收入", Cells.legs("income", view, fiscal)));
    }
    if (key.equals(UNIT_FUNDS_INCOME)) {
      LegFilter own =
          income
              .fundSources(UNIT_FUNDS_PARTS.toArray(FundSource[]::new))
              .origins(Origin.CURRENT_YEAR);
      return Optional.of(BalanceSheetLayout.left(key, "单位资金", Cells.legs("income", view, own)));
    }
    if (key.equals(REAL_ACCOUNT_INCOME)) {
      LegFilter own = income.fundSources(FundSource.REAL_ACCOUNT_BALANCE);
      return Optional.of(
          BalanceSheetLayout.left(
              key, FundSource.REAL_ACCOUNT_BALANCE.chinese(), Cells.legs("income", view, own)));
    }
    if (key.equals(FISCAL_CARRY_OVER) || key.equals(NON_FISCAL_CARRY_OVER)) {
      boolean fiscal = key.equals(FISCAL_CARRY_OVER);
      LegFilter carried =
          income.fundSources(fiscal ? FISCAL : nonFiscal()).origins(Origin.CARRY_OVER);
      return Optional.of(
          BalanceSheetLayout.left(
              key, fiscal ? "财政拨款结余、结转" : "非财政拨款结余、结转", Cells.legs("income", view, carried)));
    }
    Optional<TableRow> earmarked = earmarked(view, key, income);
    if (earmarked.isPresent()) {
      return earmarked;
    }
    if (key.startsWith(DETAIL) && key.length() > DETAIL.length()) {
      String code = key.substring(DETAIL.length());
      return Optional.of(
          BalanceSheetLayout.right(
              key,
              CodeLabels.functionName(view, code),
              Cells.legs("spending", view, spending.function(code))));
    }
    Optional<TableRow> byClass = useClass(view, key, spending);
    if (byClass.isPresent()) {
      return byClass;
    }
    if (key.startsWith(USE) && USES.containsKey(key.substring(USE.length()))) {
      String use = key.substring(USE.length());
      return Optional.of(
          BalanceSheetLayout.right(key, USES.get(use), useCell(view, use, spending)));
    }
    return Optional.empty();
  }

  /**
   * The table with the headings the document prints ({@link #HEADING_INCOME}, {@link
   * #HEADING_SPENDING}), each the cell of the table's own 本年收入合计 or 本年支出合计 as finally built.
   */
  public static DisclosureTable withHeadings(DisclosureTable table, List<String> printedKeys) {
    Optional<TableRow> subtotal = table.row("totals:currentYear");
    if (subtotal.isEmpty()
        || (!printedKeys.contains(HEADING_INCOME) && !printedKeys.contains(HEADING_SPENDING))) {
      return printedAgain(table, printedKeys);
    }
    List<TableRow> rows = new java.util.ArrayList<>();
    if (printedKeys.contains(HEADING_INCOME)) {
      subtotal
          .get()
          .cell("income")
          .ifPresent(c -> rows.add(BalanceSheetLayout.left(HEADING_INCOME, "本年收入合计", c)));
    }
    if (printedKeys.contains(HEADING_SPENDING)) {
      subtotal
          .get()
          .cell("spending")
          .ifPresent(c -> rows.add(BalanceSheetLayout.right(HEADING_SPENDING, "本年支出合计", c)));
    }
    rows.addAll(table.rows());
    return printedAgain(table.withRows(rows), printedKeys);
  }

  /**
   * The key of a use's spending in one 部门经济分类 类, where a family prints it under the use (Xi'an's
   * (1)工资福利支出 under 1、人员经费和公用经费支出): {@code spendingUse:basic:301}.
   */
  public static String useClass(String use, String economicClass) {
    return USE + use + ":" + economicClass;
  }

  /** Whether a row is a use's 部门经济分类 类 ({@link #useClass}), a part of the use's row. */
  public static boolean isUseClass(String key) {
    return key.startsWith(USE) && key.substring(USE.length()).contains(":");
  }

  private static Optional<TableRow> useClass(BudgetView view, String key, LegFilter spending) {
    if (!key.startsWith(USE)) {
      return Optional.empty();
    }
    String[] parts = key.substring(USE.length()).split(":");
    if (parts.length != 2
        || !List.of("basic", "project").contains(parts[0])
        || !parts[1].matches("\\d{3}")) {
      return Optional.empty();
    }
    String name =
        org.budgetledger.core.catalogue.Catalogues.standard()
            .departmentEconomic()
            .nameOf(parts[1], view.header().id().year().value())
            .orElse(parts[1]);
    return Optional.of(
        BalanceSheetLayout.right(
            key, name, useCell(view, parts[0], spending.deptEconomic(parts[1]))));
  }

  private static final String AGAIN = "@";

  /**
   * The key of a spending row printed again in a later block of its row ({@code block} 2, 3 …;
   * Xi'an's 部门预算支出经济科目 and 政府预算支出经济分类科目 blocks print 一、部门预算, 本年支出合计 and 支出总计 again): {@code
   * totals:currentYear@2}.
   */
  public static String again(String key, int block) {
    return key + AGAIN + block;
  }

  /**
   * Each row printed again ({@link #again}) as the spending cell of the row it repeats, as finally
   * built: the same total, so a repeat printed otherwise is a finding.
   */
  private static DisclosureTable printedAgain(DisclosureTable table, List<String> printedKeys) {
    List<TableRow> rows = new java.util.ArrayList<>(table.rows());
    boolean added = false;
    for (String key : printedKeys) {
      int at = key.lastIndexOf(AGAIN);
      if (at <= 0 || !key.substring(at + 1).matches("\\d+") || table.row(key).isPresent()) {
        continue;
      }
      Optional<TableRow> base = table.row(key.substring(0, at));
      Optional<TableCell> spending = base.flatMap(r -> r.cell("spending"));
      if (spending.isEmpty()) {
        continue;
      }
      String label =
          base.get().cell("spendingItem").map(TableCell::text).orElse(key.substring(0, at));
      rows.add(rows.indexOf(base.get()) + 1, BalanceSheetLayout.right(key, label, spending.get()));
      added = true;
    }
    return added ? table.withRows(rows) : table;
  }

  /**
   * The key of the 其中 row of a source's earmarked part: {@code
   * income:GENERAL_BUDGET:SPECIAL_FUNDS}.
   */
  public static String earmarkKey(FundSource source, IncomeEarmark earmark) {
    return "income:" + source.name() + ":" + earmark.name();
  }

  /**
   * This year's income of a source that carries an earmark ({@link #earmarkKey}), as Xi'an prints
   * 其中：专项资金列入部门预算的项目 below 一般公共预算拨款: the legs the import earmarked, each unit's part as its 收入总表
   * printed it. Empty for any other key.
   */
  private static Optional<TableRow> earmarked(BudgetView view, String key, LegFilter income) {
    return earmarkOf(key)
        .map(
            e -> {
              LegFilter part =
                  income.fundSources(e.source()).origins(Origin.CURRENT_YEAR).earmarks(e.earmark());
              return BalanceSheetLayout.left(
                  key, "其中：" + e.earmark().chinese(), Cells.legs("income", view, part));
            });
  }

  /**
   * Whether a row is the 其中 part of a source ({@link #earmarkKey}), not a source of its own: a sum
   * of sources leaves it out, or the part is counted twice.
   */
  public static boolean isEarmarkKey(String key) {
    return earmarkOf(key).isPresent();
  }

  private record Earmarked(FundSource source, IncomeEarmark earmark) {}

  private static Optional<Earmarked> earmarkOf(String key) {
    String[] parts = key.split(":");
    if (parts.length != 3 || !parts[0].equals("income")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Earmarked(FundSource.valueOf(parts[1]), IncomeEarmark.valueOf(parts[2])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static FundSource[] nonFiscal() {
    return java.util.Arrays.stream(FundSource.values())
        .filter(f -> !f.isFiscalAppropriation())
        .toArray(FundSource[]::new);
  }

  private static TableCell useCell(BudgetView view, String use, LegFilter spending) {
    return switch (use) {
      case "basic" ->
          Cells.legs(
              "spending",
              view,
              spending.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC));
      case "project" -> Cells.legs("spending", view, spending.kinds(ExpenditureKind.PROJECT));
      case "reserve" -> Cells.legs("spending", view, spending.kinds(ExpenditureKind.RESERVE));
      default -> Cells.notModelled("spending", NOT_MODELLED);
    };
  }
}
