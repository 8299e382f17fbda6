package org.budgetledger.projections.tables;

import java.util.List;
import java.util.Objects;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.IncomeBalance;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;

/**
 * The one place a table figure is computed: the sum of the view's balances that a {@link LegFilter}
 * selects, or of the spending tags a {@link CellSource.Tags} selects. Builders never add figures
 * themselves, so every cell is the sum its source names.
 */
public final class ViewSums {
  private ViewSums() {}

  public static Fen of(BudgetView view, LegFilter filter) {
    Objects.requireNonNull(filter, "filter");
    long fen = 0;
    if (filter.side() == LegFilter.Side.SPENDING) {
      for (LineBalance line : view.lines()) {
        if (filter.matches(line.key())) {
          fen = Math.addExact(fen, line.amount().value());
        }
      }
    } else {
      for (IncomeBalance income : view.income()) {
        if (filter.matches(income.key(), income.earmark())) {
          fen = Math.addExact(fen, income.amount().value());
        }
      }
    }
    return Fen.of(fen);
  }

  public static Fen of(BudgetView view, CellSource.Tags source) {
    return selected(view, source).stream().map(SpendingTag::amount).reduce(Fen.ZERO, Fen::plus);
  }

  /** The tags a source selects: all under the prefix, or one occurrence of an exact path. */
  public static List<SpendingTag> selected(BudgetView view, CellSource.Tags source) {
    if (source.occurrence() == null) {
      return view.tags().stream()
          .filter(t -> t.kind() == source.kind() && startsWith(t.path(), source.pathPrefix()))
          .filter(t -> source.last() == null || lastMatches(source.last(), t.path()))
          .toList();
    }
    List<SpendingTag> same =
        view.tags().stream()
            .filter(t -> t.kind() == source.kind() && t.path().equals(source.pathPrefix()))
            .toList();
    int index = source.occurrence();
    return index >= 0 && index < same.size() ? List.of(same.get(index)) : List.of();
  }

  /** The last element as selected: equal, or under a heading when the selection ends with '/'. */
  private static boolean lastMatches(String wanted, List<String> path) {
    String last = path.get(path.size() - 1);
    return wanted.endsWith("/") ? last.startsWith(wanted) : wanted.equals(last);
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }
}
