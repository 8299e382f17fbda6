package org.budgetledger.app.export;

/** A header cell placed on the grid: its first header row and column, and its spans. */
public record PlacedHeader(String text, int row, int column, int rowSpan, int colSpan) {}
