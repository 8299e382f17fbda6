package org.budgetledger.app.rebuild;

import java.util.List;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegTable;
import org.budgetledger.projections.facts.FactRow;
import org.budgetledger.projections.facts.FactTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any database: the read models emptied and every page written by the tables' JDBC batches, all in
 * one transaction, committed by {@link #finish}.
 */
final class BatchReplaySink implements ReplaySink {
  private final ReplayTransaction transaction;
  private final LegTable legs;
  private final FactTable facts;

  BatchReplaySink(ReplayTransaction transaction, JsonMapper json) {
    this.transaction = transaction;
    this.legs = transaction.legs();
    this.facts = transaction.facts(json);
    transaction.jdbc().update("DELETE FROM ledger_entry_leg");
    transaction.jdbc().update("DELETE FROM budget_fact");
  }

  @Override
  public void write(List<LegRow> legRows, List<FactRow> factRows) {
    legs.insertAll(legRows);
    facts.insertAll(factRows);
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
