package org.budgetledger.projections.tables;

/**
 * A leaf column: a stable key ({@code basic}, {@code project} …) and the label printed above it.
 */
public record Column(String key, String label) {}
