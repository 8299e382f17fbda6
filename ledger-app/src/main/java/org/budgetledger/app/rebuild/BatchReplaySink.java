package org.budgetledger.app.rebuild;

import java.util.List;
import javax.sql.DataSource;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegTable;
import org.budgetledger.projections.facts.FactRow;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any database: the target slot emptied (what a dead rebuild left there goes), then every page
 * written by the tables' JDBC batches in one transaction, committed by {@link #finish}. No reader
 * reads the target slot, so nobody waits for that transaction.
 */
final class BatchReplaySink implements ReplaySink {
  private final ReplayTransaction transaction;
  private final ReadModelSlot target;
  private final LegTable legs;
  private final FactTable facts;

  BatchReplaySink(DataSource dataSource, ReadModelSlot target, JsonMapper json) {
    JdbcTemplate autoCommit = new JdbcTemplate(dataSource);
    autoCommit.update("DELETE FROM " + target.legTable());
    autoCommit.update("DELETE FROM " + target.factTable());
    this.target = target;
    this.transaction = ReplayTransaction.open(dataSource);
    this.legs = transaction.legs();
    this.facts = transaction.facts(json);
  }

  @Override
  public void write(List<LegRow> legRows, List<FactRow> factRows) {
    legs.insertAll(target.legTable(), legRows);
    facts.insertAll(target.factTable(), factRows);
  }

  @Override
  public void finish() {
    transaction.commit();
  }

  @Override
  public void close() {
    transaction.close();
  }
}
