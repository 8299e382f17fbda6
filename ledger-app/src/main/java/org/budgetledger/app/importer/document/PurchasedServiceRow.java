package org.budgetledger.app.importer.document;

/**
 * A 政府购买服务 row: the three levels of the 指导性目录 as printed ({@code 01-公共服务}, {@code 0104-社会保障服务},
 * {@code 社会保险服务}), the 服务领域 where the format prints one (else null) and the amount. The same
 * catalogue entry may appear on several rows (one per project).
 */
public record PurchasedServiceRow(
    String level1,
    String level2,
    String level3,
    String serviceArea,
    PublishedAmount amount,
    int lineNo) {}
