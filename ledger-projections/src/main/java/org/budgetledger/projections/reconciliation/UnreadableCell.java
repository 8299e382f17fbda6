package org.budgetledger.projections.reconciliation;

import org.budgetledger.projections.tables.TableKind;

/**
 * A place in a published document the parser could not read: the table (null when the problem is
 * not inside one), the 1-based line, the field as the parser named it and why. Reported as {@link
 * CellStatus#NOT_READABLE}, never compared as if it were zero.
 */
public record UnreadableCell(TableKind table, int lineNo, String field, String message) {}
