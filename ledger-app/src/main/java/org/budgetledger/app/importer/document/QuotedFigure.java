package org.budgetledger.app.importer.document;

/**
 * A figure quoted in 情况说明, e.g. {@code income.previousYear} = 37,402.11 万元: a stable key (see
 * {@link NarrativeFigureExtractor}), the words before the amount, the amount (in fen, whichever of
 * 万元 or 元 the text used), the unit printed, the whole sentence and its line.
 */
public record QuotedFigure(
    String key, String label, PublishedAmount amount, String unit, String sentence, int lineNo) {}
