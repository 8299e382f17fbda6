package org.budgetledger.app.web;

/**
 * A cell as the page prints it: the text at the document's decimals; for a money cell, the row it
 * belongs to (a 收支总表 line shows two), the link to its provenance and, on 对比, the old text
 * when the value changed.
 */
public record RenderedCell(String row, String column, String text, boolean money, String href,
    boolean changed, String oldText) {}
