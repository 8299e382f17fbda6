package org.budgetledger.app.rebuild;

import java.util.List;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegTable;
import org.budgetledger.projections.facts.FactRow;
import org.budgetledger.projections.facts.FactTable;
import org.springframework.transaction.support.TransactionTemplate;

/** Any database: each page in a transaction of its own, by the tables' JDBC batches. */
final class BatchReplaySink implements ReplaySink {
  private final LegTable legs;
  private final FactTable facts;
  private final TransactionTemplate transactions;

  BatchReplaySink(LegTable legs, FactTable facts, TransactionTemplate transactions) {
    this.legs = legs;
    this.facts = facts;
    this.transactions = transactions;
  }

  @Override
  public void write(List<LegRow> legRows, List<FactRow> factRows) {
    transactions.executeWithoutResult(status -> {
      legs.insertAll(legRows);
      facts.insertAll(factRows);
    });
  }

  @Override
  public void finish() {}

  @Override
  public void close() {}
}
