package org.budgetledger.app.importer.document;

/**
 * A 支出总表 row: function × government economic × department economic classification, 合计 = 基本支出 +
 * 项目支出, and the three 其中 columns. Codes are null on the total row; empty cells null.
 */
public record ExpenditureSummaryRow(
    CodedName function,
    CodedName govEconomic,
    CodedName deptEconomic,
    PublishedAmount total,
    PublishedAmount basic,
    PublishedAmount project,
    PublishedAmount businessOperation,
    PublishedAmount remittedToSuperior,
    PublishedAmount subsidyToAffiliates,
    int lineNo) {}
