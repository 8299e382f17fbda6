package org.budgetledger.app.importer.document;

/**
 * A 一般公共预算(财政拨款)支出表 row: the unit (its ordinal always; code and name where printed), the function
 * code and name, 合计 = 基本支出 (人员经费 + 公用经费) + 项目支出, and 项目支出 扣除基建项目后.
 */
public record GeneralBudgetRow(
    int unitOrdinal,
    String unitCode,
    String unitName,
    String functionCode,
    String functionName,
    PublishedAmount total,
    PublishedAmount basic,
    PublishedAmount personnel,
    PublishedAmount publicOperating,
    PublishedAmount project,
    PublishedAmount projectExcludingCapital,
    int lineNo) {}
