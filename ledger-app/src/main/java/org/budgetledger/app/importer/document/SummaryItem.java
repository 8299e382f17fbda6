package org.budgetledger.app.importer.document;

/**
 * One item of a 收支总表 side, e.g. {@code 十、卫生健康支出 42,881.52}: the printed ordinal ({@code 十} or
 * {@code （一）}'s {@code 一}; empty when none), the label and the amount (null when empty).
 */
public record SummaryItem(String ordinal, String label, PublishedAmount amount, int lineNo) {}
