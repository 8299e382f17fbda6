package org.budgetledger.app.importer.document;

/** A 政府采购 row: the category as printed ({@code C-服务}: code {@code C}, name 服务) and amount. */
public record ProcurementRow(CodedName category, PublishedAmount amount, int lineNo) {}
