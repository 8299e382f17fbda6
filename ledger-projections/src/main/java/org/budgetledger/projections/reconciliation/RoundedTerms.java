package org.budgetledger.projections.reconciliation;

import java.util.HashSet;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.TableCell;

/**
 * How many rounded figures a rebuilt cell sums: a figure rebuilt from the ledger's lines adds one
 * line per unit and fund source, each solved within the rounding of its own published figure (one
 * row per unit in a table by unit). A 项 row the document prints once for the department (its 收支总表,
 * rounded from the exact sum) may so differ from the lines' sum by up to 2n + 1 half units (DOMAIN
 * §5.9), as a 合计 row differs from its rounded rows. Lines split over economic codes within one unit
 * and source come from one figure, so they count once.
 */
@FunctionalInterface
public interface RoundedTerms extends ToIntFunction<TableCell> {
  /** Nothing is known of the rebuilt cells' terms (a comparison without the ledger's view). */
  RoundedTerms NONE = cell -> 0;

  /** The distinct unit × fund source pairs of the non-zero spending lines a rebuilt cell sums. */
  static RoundedTerms of(BudgetView view) {
    return cell -> {
      if (!(cell.source() instanceof CellSource.Legs legs)
          || legs.filter().side() != LegFilter.Side.SPENDING) {
        return 0;
      }
      Set<String> terms = new HashSet<>();
      for (LineBalance line : view.lines()) {
        if (!line.amount().isZero() && legs.filter().matches(line.key())) {
          terms.add(line.key().unit().value() + "|" + line.key().fundSource());
        }
      }
      return terms.size();
    };
  }
}
