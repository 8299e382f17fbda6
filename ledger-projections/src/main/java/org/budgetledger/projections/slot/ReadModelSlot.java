package org.budgetledger.projections.slot;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One of the two sets of read-model tables (blue/green). One is live: every reader reads it through
 * the views {@code ledger_entry_leg} and {@code budget_fact}, which follow the row {@code
 * read_model_version} names, and the processors write into it. A rebuild fills the other beside it
 * and switches the row, so readers never see a half-built slot.
 */
public enum ReadModelSlot {
  BLUE,
  GREEN;

  /** The slot's leg table (one row per leg of every entry). */
  public String legTable() {
    return "ledger_entry_leg_" + key();
  }

  /** The slot's fact table (one row per non-money event). */
  public String factTable() {
    return "budget_fact_" + key();
  }

  /** The name the version row stores. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public ReadModelSlot other() {
    return this == BLUE ? GREEN : BLUE;
  }

  public static ReadModelSlot of(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }

  /**
   * The live slot, read in the caller's transaction: a processor reads it with the batch whose
   * token it stores, so a batch that read the old slot cannot store its token after a switch (the
   * switch takes the tokens' claims in the same transaction as the row).
   */
  public static ReadModelSlot live(JdbcTemplate jdbc) {
    return of(
        jdbc.queryForObject("SELECT live_slot FROM read_model_version WHERE id = 1", String.class));
  }
}
