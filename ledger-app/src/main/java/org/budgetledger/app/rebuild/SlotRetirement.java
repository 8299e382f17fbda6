package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties the slot a switch left behind, so the ledger keeps one copy of its read models between
 * rebuilds (and H2, which reads both slots' indexes through the views, reads one). On PostgreSQL by
 * TRUNCATE, which waits for the queries still running on the old slot; should that take too long,
 * the slot is left for the next rebuild, which empties it first anyway. On H2 by DELETE, which
 * readers pass under its multiversioning.
 */
@Component
class SlotRetirement {
  private static final Logger log = LoggerFactory.getLogger(SlotRetirement.class);
  private final DataSource dataSource;

  SlotRetirement(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void empty(ReadModelSlot retired) {
    try {
      boolean postgres;
      try (Connection connection = dataSource.getConnection()) {
        postgres = connection.isWrapperFor(PGConnection.class);
      }
      if (postgres) {
        BriefExclusiveLock.run(
            dataSource, List.of("TRUNCATE " + retired.legTable() + ", " + retired.factTable()));
      } else {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("DELETE FROM " + retired.legTable());
        jdbc.update("DELETE FROM " + retired.factTable());
      }
    } catch (SQLException | RuntimeException e) {
      log.warn(
          "the retired {} slot was not emptied ({}); the next rebuild empties it",
          retired.key(),
          e.getMessage());
    }
  }
}
