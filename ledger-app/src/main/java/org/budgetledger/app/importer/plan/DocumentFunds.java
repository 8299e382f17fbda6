package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeExpenditureTable;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.SummaryItem;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;

/**
 * What 收入总表 says about fund sources: each column as a source and origin, the sources a row shows,
 * and so the units whose spending a source may pay. Spending of a source is placed only on units
 * with income from it; where 收入总表 gives income only for the whole department, on the
 * department-level income unit, because no table says which unit spends it.
 */
final class DocumentFunds {
  /** A 收入总表 column as the income key it fills. */
  record Source(FundSource fund, Origin origin) {}

  private DocumentFunds() {}

  /**
   * The source of a fund column; null for the 小计 columns (财政拨款 too) and an earmark (a part of one).
   */
  static Source of(IncomeColumn column) {
    return switch (column) {
      case THIS_YEAR_SUBTOTAL, CARRY_OVER_SUBTOTAL, GENERAL_BUDGET_SPECIAL_FUNDS, FISCAL_SUBTOTAL ->
          null;
      case GENERAL_BUDGET -> current(FundSource.GENERAL_BUDGET);
      case GOVERNMENT_FUND -> current(FundSource.GOVERNMENT_FUND);
      case STATE_CAPITAL -> current(FundSource.STATE_CAPITAL);
      case FISCAL_SPECIAL_ACCOUNT -> current(FundSource.FISCAL_SPECIAL_ACCOUNT);
      case BUSINESS_INCOME -> current(FundSource.BUSINESS_INCOME);
      case OPERATING_INCOME -> current(FundSource.OPERATING_INCOME);
      case SUPERIOR_SUBSIDY -> current(FundSource.SUPERIOR_SUBSIDY);
      case AFFILIATE_REMITTANCE -> current(FundSource.AFFILIATE_REMITTANCE);
      case OTHER_INCOME -> current(FundSource.OTHER_INCOME);
      case CARRY_OVER_GENERAL_BUDGET -> carried(FundSource.GENERAL_BUDGET);
      case CARRY_OVER_GOVERNMENT_FUND -> carried(FundSource.GOVERNMENT_FUND);
      case CARRY_OVER_STATE_CAPITAL -> carried(FundSource.STATE_CAPITAL);
      case CARRY_OVER_FISCAL_SPECIAL_ACCOUNT -> carried(FundSource.FISCAL_SPECIAL_ACCOUNT);
      case CARRY_OVER_UNIT_FUNDS -> carried(FundSource.UNIT_FUNDS);
      case CARRY_OVER_FISCAL_UNTYPED -> carried(FundSource.FISCAL_CARRY_OVER);
      case REAL_ACCOUNT_BALANCE -> current(FundSource.REAL_ACCOUNT_BALANCE);
    };
  }

  private static Source current(FundSource fund) {
    return new Source(fund, Origin.CURRENT_YEAR);
  }

  private static Source carried(FundSource fund) {
    return new Source(fund, Origin.CARRY_OVER);
  }

  /** The row's non-zero fund cells in column order, 上年结转 first (as the ledger records them). */
  static Map<Source, PublishedAmount> printed(IncomeSummaryRow row) {
    Map<Source, PublishedAmount> carried = new LinkedHashMap<>();
    Map<Source, PublishedAmount> current = new LinkedHashMap<>();
    if (row == null) {
      return carried;
    }
    for (IncomeColumn column : IncomeColumn.values()) {
      Source source = of(column);
      PublishedAmount amount = row.amount(column);
      if (source != null && LineGrid.present(amount)) {
        (source.origin() == Origin.CARRY_OVER ? carried : current).put(source, amount);
      }
    }
    carried.putAll(current);
    return carried;
  }

  static Set<FundSource> funds(IncomeSummaryRow row) {
    Set<FundSource> funds = new LinkedHashSet<>();
    printed(row).keySet().forEach(s -> funds.add(s.fund()));
    return funds;
  }

  static boolean nonFiscal(FundSource fund) {
    return !fund.isFiscalAppropriation();
  }

  /** The 收入总表 rows of units (not the department row, not 合计). */
  static List<IncomeSummaryRow> unitRows(DisclosureDocument doc, String department) {
    return doc.incomeSummary() == null
        ? List.of()
        : doc.incomeSummary().rows().stream()
            .filter(r -> r.code() != null && !r.code().equals(department))
            .toList();
  }

  /** The row with the whole department's income: 合计, else the department's own row. */
  static IncomeSummaryRow departmentRow(DisclosureDocument doc, String department) {
    if (doc.incomeSummary() == null) {
      return null;
    }
    if (doc.incomeSummary().total() != null) {
      return withBalanceSheetIncome(doc, doc.incomeSummary().total());
    }
    return withBalanceSheetIncome(
        doc,
        doc.incomeSummary().rows().stream()
            .filter(r -> r.code() == null || r.code().equals(department))
            .findFirst()
            .orElse(null));
  }

  /**
   * The department's income by source where its 收入总表 does not print a source's column (a family
   * whose 收入总表 has one 财政拨款 column, or none for 上年结转) and its 收支总表 prints the source as an income
   * row: that row's figure, with its own line.
   */
  private static IncomeSummaryRow withBalanceSheetIncome(
      DisclosureDocument doc, IncomeSummaryRow row) {
    IncomeExpenditureTable sheet = doc.incomeExpenditureSummary();
    if (row == null || sheet == null) {
      return row;
    }
    Map<IncomeColumn, PublishedAmount> amounts = new EnumMap<>(IncomeColumn.class);
    amounts.putAll(row.amounts());
    boolean changed = false;
    // a 收支总表 printing 上年结转 by no fund (one row, or split 财政拨款 / 非财政拨款 only) leaves its
    // 财政拨款 part by fund to 财政拨款收支总表
    boolean sheetByFund = sheet.carryOverByFund().stream().anyMatch(i -> fundOf(i.label()) != null);
    for (IncomeColumn column : IncomeColumn.values()) {
      Source source = of(column);
      PublishedAmount printed = row.amount(column);
      // a column no 收入总表 prints (上年实户资金余额) is always the balance sheet's
      boolean ownColumn = IncomeColumn.printed().contains(column);
      if (source == null || (ownColumn && PublishedAmount.printed(printed))) {
        continue;
      }
      List<SummaryItem> items = new ArrayList<>();
      if (source.origin() == Origin.CURRENT_YEAR) {
        items.addAll(sheet.income());
      } else {
        items.addAll(sheet.carryOverByFund());
        if (source.fund().isFiscalAppropriation() && !sheetByFund) {
          items.addAll(fiscalCarryOverByFund(doc));
        }
      }
      for (SummaryItem item : items) {
        if (source.fund() == fundOf(item.label()) && item.amount() != null) {
          amounts.put(column, item.amount());
          changed = true;
        }
      }
    }
    PublishedAmount untyped = untypedFiscalCarryOver(doc, row, amounts);
    if (untyped != null) {
      amounts.put(IncomeColumn.CARRY_OVER_FISCAL_UNTYPED, untyped);
      changed = true;
    }
    PublishedAmount unitFunds = carriedUnitFunds(doc, row, amounts);
    if (unitFunds != null) {
      amounts.put(IncomeColumn.CARRY_OVER_UNIT_FUNDS, unitFunds);
      changed = true;
    }
    return changed
        ? new IncomeSummaryRow(row.code(), row.name(), row.total(), amounts, row.lineNo())
        : row;
  }

  /**
   * The 上年结转 that is not 财政拨款 money, where 收入总表 prints 上年结转 by no fund: its 小计 less the 财政拨款
   * carry-over 财政拨款收支总表 gives by fund (all of it when that table carries none over). No table says
   * which non-fiscal source it is; it is the units' own money (单位资金). Null when 收入总表 prints it by
   * fund, or 财政拨款收支总表 prints a 上年结转 it does not split by fund.
   */
  private static PublishedAmount carriedUnitFunds(
      DisclosureDocument doc, IncomeSummaryRow row, Map<IncomeColumn, PublishedAmount> amounts) {
    PublishedAmount carried = row.amount(IncomeColumn.CARRY_OVER_SUBTOTAL);
    IncomeExpenditureTable fiscal = doc.fiscalAppropriationSummary();
    if (!LineGrid.present(carried)
        || fiscal == null
        || CARRY_OVER_BY_FUND.stream()
            .anyMatch(c -> row.amount(c) == null || PublishedAmount.printed(row.amount(c)))) {
      return null;
    }
    long fiscalByFund = 0;
    for (SummaryItem item : fiscalCarryOverByFund(doc)) {
      fiscalByFund = Math.addExact(fiscalByFund, item.amount().value().value());
    }
    PublishedAmount untyped = amounts.get(IncomeColumn.CARRY_OVER_FISCAL_UNTYPED);
    if (untyped != null) {
      fiscalByFund = untyped.value().value();
    }
    long assigned = untyped == null ? 0 : untyped.value().value();
    for (IncomeColumn c : CARRY_OVER_BY_FUND) {
      PublishedAmount a = amounts.get(c);
      if (a == null || a.notPrinted()) {
        continue;
      }
      if (!of(c).fund().isFiscalAppropriation()) {
        return null; // 收支总表 named the non-fiscal fund itself
      }
      assigned = Math.addExact(assigned, a.value().value());
    }
    boolean fiscalSplit =
        !LineGrid.present(fiscal.carryOver()) || fiscal.carryOver().value().value() == fiscalByFund;
    long rest = Math.subtractExact(carried.value().value(), assigned);
    if (!fiscalSplit || assigned != fiscalByFund || rest <= 0) {
      return null;
    }
    return new PublishedAmount(
        Fen.of(rest),
        carried.decimals(),
        carried.lineNo(),
        carried.inYuan()
            ? Fen.of(rest).formatYuan(carried.decimals())
            : Fen.of(rest).formatWan(carried.decimals()),
        carried.inYuan());
  }

  /**
   * The 上年结转 财政拨款 whose fund type the document does not print: 收入总表 prints 上年结转 as one column (a
   * 小计, no fund) and 财政拨款收支总表, which holds fiscal money only, carries a 上年结转 over without splitting
   * it by fund. That figure is fiscal money of no stated type ({@link
   * FundSource#FISCAL_CARRY_OVER}); naming 一般公共预算 would be a guess. Null where any fund is named,
   * or the fiscal figure exceeds the 上年结转 the 收入总表 prints.
   */
  private static PublishedAmount untypedFiscalCarryOver(
      DisclosureDocument doc, IncomeSummaryRow row, Map<IncomeColumn, PublishedAmount> amounts) {
    PublishedAmount carried = row.amount(IncomeColumn.CARRY_OVER_SUBTOTAL);
    IncomeExpenditureTable fiscal = doc.fiscalAppropriationSummary();
    if (!LineGrid.present(carried)
        || fiscal == null
        || !LineGrid.present(fiscal.carryOver())
        || !fiscalCarryOverByFund(doc).isEmpty()
        || CARRY_OVER_BY_FUND.stream().anyMatch(c -> LineGrid.present(amounts.get(c)))
        || fiscal.carryOver().value().value() > carried.value().value()) {
      return null;
    }
    return fiscal.carryOver();
  }

  private static final List<IncomeColumn> CARRY_OVER_BY_FUND =
      List.of(
          IncomeColumn.CARRY_OVER_GENERAL_BUDGET,
          IncomeColumn.CARRY_OVER_GOVERNMENT_FUND,
          IncomeColumn.CARRY_OVER_STATE_CAPITAL,
          IncomeColumn.CARRY_OVER_FISCAL_SPECIAL_ACCOUNT,
          IncomeColumn.CARRY_OVER_UNIT_FUNDS);

  /**
   * 财政拨款收支总表's 上年结转 of a fund, where it prints a figure: an empty cell there says nothing about the
   * 收支总表's single 上年结转 row (which may be the units' own money).
   */
  private static List<SummaryItem> fiscalCarryOverByFund(DisclosureDocument doc) {
    IncomeExpenditureTable fiscal = doc.fiscalAppropriationSummary();
    return fiscal == null
        ? List.of()
        : fiscal.carryOverByFund().stream().filter(i -> LineGrid.present(i.amount())).toList();
  }

  /** The fund source an income label names (the longest source name it starts with). */
  private static FundSource fundOf(String label) {
    FundSource best = null;
    for (FundSource source : FundSource.values()) {
      if (label.startsWith(source.chinese())
          && (best == null || source.chinese().length() > best.chinese().length())) {
        best = source;
      }
    }
    return best;
  }

  /** The department's income shows any fund the predicate accepts. */
  static boolean departmentHas(
      DisclosureDocument doc, String department, Predicate<FundSource> funds) {
    return funds(departmentRow(doc, department)).stream().anyMatch(funds);
  }

  /**
   * The units whose spending the funds may pay: the units 收入总表 shows with income from them (all its
   * units when none does); without unit rows, the only unit, or else the department.
   */
  static List<String> units(
      DisclosureDocument doc, String department, Predicate<FundSource> funds) {
    List<IncomeSummaryRow> rows = unitRows(doc, department);
    if (!rows.isEmpty()) {
      List<String> with =
          rows.stream()
              .filter(r -> funds(r).stream().anyMatch(funds))
              .map(IncomeSummaryRow::code)
              .toList();
      return with.isEmpty() ? rows.stream().map(IncomeSummaryRow::code).toList() : with;
    }
    if (doc.units().size() == 1) {
      return List.of(DocumentCodes.unitCode(department, doc.units().get(0)));
    }
    return List.of(DocumentCodes.departmentIncomeUnitCode(department));
  }

  /** The non-fiscal sources of a unit's income (the department's when it has no row). */
  static List<FundSource> nonFiscalSources(DisclosureDocument doc, String department, String unit) {
    IncomeSummaryRow row =
        unitRows(doc, department).stream()
            .filter(r -> r.code().equals(unit))
            .findFirst()
            .orElseGet(() -> departmentRow(doc, department));
    List<FundSource> sources = new ArrayList<>();
    funds(row).stream().filter(DocumentFunds::nonFiscal).forEach(sources::add);
    return sources;
  }

  /** The fund a unit's non-fiscal spending carries: its only non-fiscal source, if it has one. */
  static FundSource nonFiscalFund(DisclosureDocument doc, String department, String unit) {
    List<FundSource> sources = nonFiscalSources(doc, department, unit);
    return sources.size() == 1 ? sources.get(0) : FundSource.NON_FISCAL;
  }
}
