package org.budgetledger.app.importer.document;

/** A row of 一般公共预算项目支出表 by economic code: its 部门经济分类 code (null on 合计) and its 合计. */
public record ProjectEconomicRow(CodedName deptEconomic, PublishedAmount total, int lineNo) {}
