package org.budgetledger.app.importer.document;

import org.budgetledger.core.model.Fen;

/**
 * An amount as a document printed it: the exact value in fen, the number of decimals printed (2
 * means the value was rounded to 0.01 万元 by the publisher), the line it came from and its text. An
 * empty cell is never a {@code PublishedAmount}: it is absent (null), not zero.
 */
public record PublishedAmount(Fen value, int decimals, int lineNo, String text) {}
