package org.budgetledger.app.importer.pdf;

/**
 * A line of text outside every table (cover, 情况说明, titles), with its page and its number on that
 * page (1-based, top to bottom), and the size of its largest glyph in points.
 */
public record PdfTextLine(int page, int line, String text, double fontSize) {}
