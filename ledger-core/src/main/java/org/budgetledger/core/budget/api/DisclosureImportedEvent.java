package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;

/**
 * A published disclosure document was imported; {@code contentHash} (SHA-256 of its text) makes a
 * second import of the same document a no-op.
 */
@Revision("1")
public record DisclosureImportedEvent(
    BudgetId budgetId,
    String contentHash,
    String fileName,
    int publishedCells,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {}
