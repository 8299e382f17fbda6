package org.budgetledger.app.importer.plan;

import java.util.List;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;

/**
 * A document ready to import: the one command that records it, and what the reconstruction noted on
 * the way (unnamed units, generated codes, money whose rows the text lacks).
 */
public record ImportPlan(
    ImportDisclosureCommand command, List<String> notes, int cells, int margins) {
  public ImportPlan {
    notes = List.copyOf(notes);
  }
}
