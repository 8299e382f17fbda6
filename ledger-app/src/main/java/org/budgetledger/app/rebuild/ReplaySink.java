package org.budgetledger.app.rebuild;

import java.util.List;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.facts.FactRow;

/**
 * Where a bulk replay's rows go: the target slot, emptied when the sink opens, pages written one at
 * a time on one thread, then finished; closed without finishing, it abandons what it can (the next
 * rebuild empties the slot again).
 */
interface ReplaySink extends AutoCloseable {
  void write(List<LegRow> legs, List<FactRow> facts);

  void finish();

  @Override
  void close();
}
