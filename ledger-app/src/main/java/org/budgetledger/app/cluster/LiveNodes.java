package org.budgetledger.app.cluster;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server nodes of this ledger that are alive: the sessions {@link NodeNames} named with this
 * ledger's tag, in this database, as Axon's token store names a claim's owner. Sessions of other
 * databases and of ledgers in other schemas of this one share the PostgreSQL server's {@code
 * pg_stat_activity} but are no nodes of this ledger: counted, they made a lone node give away a
 * segment every few seconds to nobody, and each write waited out its 30 s for the read models.
 */
final class LiveNodes {
  private final JdbcTemplate jdbc;

  LiveNodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Set<String> find() {
    // This session's own name carries the ledger's tag: the prefix of every node of this ledger.
    String mine = jdbc.queryForObject("SELECT current_setting('application_name')", String.class);
    Set<String> live = new HashSet<>();
    if (mine != null && mine.startsWith(NodeNames.NODE_PREFIX)) {
      String ledger = mine.substring(0, mine.lastIndexOf(' ') + 1);
      live.addAll(
          jdbc.queryForList(
              "SELECT DISTINCT substr(application_name, ?) FROM pg_stat_activity"
                  + " WHERE datname = current_database() AND starts_with(application_name, ?)",
              String.class,
              ledger.length() + 1,
              ledger));
    }
    live.add(NodeNames.thisNode());
    return live;
  }
}
