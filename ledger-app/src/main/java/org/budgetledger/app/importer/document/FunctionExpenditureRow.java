package org.budgetledger.app.importer.document;

/** A function row of 政府性基金 / 国有资本经营 支出表: 合计 = 基本支出 + 项目支出; null codes on 合计. */
public record FunctionExpenditureRow(
    String functionCode,
    String functionName,
    PublishedAmount total,
    PublishedAmount basic,
    PublishedAmount project,
    int lineNo) {}
