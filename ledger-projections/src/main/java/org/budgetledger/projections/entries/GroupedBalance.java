package org.budgetledger.projections.entries;

import java.util.Map;
import org.budgetledger.core.model.Fen;

/** A balance for one combination of the grouped fields (field → value, null where absent). */
public record GroupedBalance(Map<LineField, String> group, Fen amount) {}
