package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * A two-sided summary: 收支总表 (all funds) or 财政拨款收支总表 (fiscal appropriation only). Left: income
 * items, then {@code 上年结转} and, where printed, its split by fund type; right: spending by 类 (a
 * fixed list, empty rows included). Totals are null when their cell is empty.
 */
public record IncomeExpenditureTable(
    TableHeading heading,
    List<SummaryItem> income,
    List<SummaryItem> carryOverByFund,
    List<SummaryItem> spendingByClass,
    PublishedAmount incomeThisYear,
    PublishedAmount spendingThisYear,
    PublishedAmount carryOver,
    PublishedAmount yearEndBalance,
    PublishedAmount incomeGrandTotal,
    PublishedAmount spendingGrandTotal) {
  public IncomeExpenditureTable {
    income = List.copyOf(income);
    carryOverByFund = List.copyOf(carryOverByFund);
    spendingByClass = List.copyOf(spendingByClass);
  }
}
