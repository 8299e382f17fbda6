package org.budgetledger.app.importer.document;

/**
 * An amount of the 总体资金情况 block of 部门整体支出绩效目标表 with the header words printed above it in its
 * column, joined by {@code /} (e.g. {@code 财政拨款/合计}): the split as printed.
 */
public record FundingCell(String label, PublishedAmount amount) {}
