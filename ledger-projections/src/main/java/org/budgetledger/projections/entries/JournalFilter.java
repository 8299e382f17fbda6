package org.budgetledger.projections.entries;

import java.time.LocalDate;
import java.util.Set;
import org.budgetledger.core.model.EntryType;

/**
 * Which entries of a journal to list; every condition is optional (null or empty: any). {@code
 * basisNumber} and {@code actor} match a part of the text; {@code from} and {@code to} are
 * effective dates, both included; {@code minFen} and {@code maxFen} bound {@link
 * JournalEntry#amountFen()}.
 */
public record JournalFilter(
    Set<EntryType> types,
    LocalDate from,
    LocalDate to,
    String basisNumber,
    String actor,
    Long minFen,
    Long maxFen) {
  public static final JournalFilter ALL =
      new JournalFilter(Set.of(), null, null, null, null, null, null);

  public JournalFilter {
    types = types == null ? Set.of() : Set.copyOf(types);
  }
}
