package org.budgetledger.app.importer.document;

/**
 * "三公"经费财政拨款预算: total, 因公出国（境）, 公务接待, 公务用车购置及运行维护 (its 小计 where the format prints one, else null),
 * 购置 and 运行维护. {@code year} where a 年度 column is printed. Empty cells are null; {@code
 * notApplicable} when the document says the unit has none.
 */
public record ThreePublicExpenses(
    TableHeading heading,
    Integer year,
    PublishedAmount total,
    PublishedAmount abroad,
    PublishedAmount reception,
    PublishedAmount vehicleSubtotal,
    PublishedAmount vehiclePurchase,
    PublishedAmount vehicleOperation,
    boolean notApplicable,
    int lineNo) {}
