package org.budgetledger.projections.slot;

import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a read-model query on the live slot's own tables, so that its answer is the old slot's whole
 * or the new slot's whole, never a mix and never a slot emptied under it. The version row is read
 * before and after the query: the same version both times means the switch had not committed when
 * the query ran, so the slot it read was live and full (a switch's retired slot is emptied only
 * after the switch). A changed version runs the query again on the new slot.
 *
 * <p>The views {@code ledger_entry_leg} and {@code budget_fact} give the same guarantee on
 * PostgreSQL, whose statement sees one snapshot. H2 does not keep one for the version row a view
 * reads once per branch: a reader ran one branch before a switch committed and the other after, and
 * got both slots summed (the blue/green contract, 2 runs in 5). The application's readers therefore
 * use this; the views stay for SQL written by hand.
 */
public final class LiveSlotReader {
  /** Two switches inside one query would mean rebuilds seconds apart; one more try covers that. */
  private static final int TRIES = 3;

  private final JdbcTemplate jdbc;

  public LiveSlotReader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The query's answer on the slot that was live from its start to its end. */
  public <T> T read(Function<ReadModelSlot, T> query) {
    Live before = live();
    for (int tries = 1; ; tries++) {
      T answer = query.apply(before.slot());
      Live after = live();
      if (after.version() == before.version() || tries == TRIES) {
        if (after.version() != before.version()) {
          throw new IllegalStateException(
              "the read models switched " + TRIES + " times during one query; ask again");
        }
        return answer;
      }
      before = after;
    }
  }

  private Live live() {
    return jdbc.queryForObject(
        "SELECT live_slot, version FROM read_model_version WHERE id = 1",
        (rs, n) -> new Live(ReadModelSlot.of(rs.getString(1)), rs.getLong(2)));
  }

  private record Live(ReadModelSlot slot, long version) {}
}
