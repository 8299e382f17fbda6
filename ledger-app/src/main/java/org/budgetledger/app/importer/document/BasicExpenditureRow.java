package org.budgetledger.app.importer.document;

/** A 一般公共预算基本支出表 row: economic codes, 合计 = 人员经费 + 公用经费; null codes on 合计. */
public record BasicExpenditureRow(
    CodedName govEconomic,
    CodedName deptEconomic,
    PublishedAmount total,
    PublishedAmount personnel,
    PublishedAmount publicOperating,
    int lineNo) {}
