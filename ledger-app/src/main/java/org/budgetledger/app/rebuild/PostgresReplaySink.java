package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.facts.FactRow;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.slot.ReadModelSlot;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL: the target slot emptied by TRUNCATE and, when run as the tables' owner, stripped of
 * its leg indexes, in a short transaction of its own; then every leg by COPY and every fact by
 * batch in one transaction; then the indexes built again ({@link SlotIndexes}). Each step takes
 * only locks readers pass (the views name both slots, so a lock that kept readers out of the target
 * slot would stop every reader), except the TRUNCATE, the drops and the keys, which take a moment
 * each ({@link BriefExclusiveLock}); nothing holds readers for the length of the copy.
 */
final class PostgresReplaySink implements ReplaySink {
  private final DataSource dataSource;
  private final ReadModelSlot target;
  private final ReplayTransaction transaction;
  private final FactTable facts;
  private final SlotIndexes indexes;

  private PostgresReplaySink(
      DataSource dataSource, ReadModelSlot target, JsonMapper json, SlotIndexes indexes) {
    this.dataSource = dataSource;
    this.target = target;
    this.indexes = indexes;
    this.transaction = ReplayTransaction.open(dataSource);
    this.facts = transaction.facts(json);
  }

  static PostgresReplaySink open(
      DataSource dataSource, ReadModelSlot live, ReadModelSlot target, JsonMapper json) {
    try {
      SlotIndexes indexes = null;
      try (Connection connection = dataSource.getConnection()) {
        if (SlotIndexes.owned(connection, target.legTable())) {
          indexes = SlotIndexes.of(connection, live.legTable(), target.legTable());
        }
      }
      List<String> statements = new ArrayList<>();
      statements.add("TRUNCATE " + target.legTable() + ", " + target.factTable());
      if (indexes != null) {
        statements.addAll(indexes.drops());
      }
      BriefExclusiveLock.run(dataSource, statements);
      return new PostgresReplaySink(dataSource, target, json, indexes);
    } catch (SQLException e) {
      throw ReplayTransaction.failure("open", e);
    }
  }

  @Override
  public void write(List<LegRow> legRows, List<FactRow> factRows) {
    try {
      LegCopy.copy(transaction.connection(), target.legTable(), legRows);
    } catch (SQLException e) {
      throw ReplayTransaction.failure("write", e);
    }
    facts.insertAll(target.factTable(), factRows);
  }

  @Override
  public void finish() {
    transaction.commit();
    if (indexes == null) {
      return;
    }
    try {
      indexes.build(dataSource);
    } catch (SQLException e) {
      throw ReplayTransaction.failure("indexes", e);
    }
  }

  @Override
  public void close() {
    transaction.close();
  }
}
