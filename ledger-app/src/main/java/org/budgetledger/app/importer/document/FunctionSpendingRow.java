package org.budgetledger.app.importer.document;

/**
 * A row of a table of spending by function: 合计, 基本支出 (人员经费, 公用经费) and 项目支出, each as printed (a
 * column the table does not print is {@link PublishedAmount#NOT_PRINTED_TEXT}); null codes on 合计.
 */
public record FunctionSpendingRow(
    String functionCode,
    String functionName,
    PublishedAmount total,
    PublishedAmount basic,
    PublishedAmount personnel,
    PublishedAmount publicOperating,
    PublishedAmount project,
    int lineNo) {}
