package org.budgetledger.app.importer.document;

/**
 * A row of the 一般公共预算 table of every kind by economic code (预算21表): the 基本支出表 row it prints (合计
 * here being basic and project together) and its 项目支出.
 */
public record EconomicSpendingRow(BasicExpenditureRow codes, PublishedAmount project) {}
