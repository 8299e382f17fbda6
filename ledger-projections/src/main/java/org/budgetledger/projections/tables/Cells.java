package org.budgetledger.projections.tables;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;

/** Cell factories shared by the builders: every money cell is built from its source here. */
public final class Cells {
  /** The column key of a row's 单位预留机动经费, a cell no table prints (see {@link #reserve}). */
  public static final String RESERVE = "reserve";

  private Cells() {}

  /**
   * A row's 单位预留机动经费: it is in the row's 合计 and in neither 基本 nor 项目, so the row's rule (合计 = 基本 +
   * 项目) needs it, though only a balance sheet prints it (by use). A builder adds it only in a
   * budget that {@link #holdsReserve holds some}, asked once per table.
   */
  public static TableCell reserve(BudgetView view, LegFilter row) {
    return legs(RESERVE, view, row.kinds(org.budgetledger.core.model.ExpenditureKind.RESERVE));
  }

  /** A money cell whose amount is the sum of the legs {@code filter} selects. */
  /** Whether the budget has any 单位预留机动经费 (a kind only some documents print). */
  public static boolean holdsReserve(BudgetView view) {
    return view.lines().stream()
        .anyMatch(l -> l.key().kind() == org.budgetledger.core.model.ExpenditureKind.RESERVE);
  }

  public static TableCell legs(String column, BudgetView view, LegFilter filter) {
    return TableCell.money(column, ViewSums.of(view, filter), new CellSource.Legs(filter));
  }

  /** As {@link #legs}, printed with {@code decimals} places whatever the document's precision. */
  public static TableCell legs(String column, BudgetView view, LegFilter filter, int decimals) {
    return TableCell.money(
        column, ViewSums.of(view, filter), new CellSource.Legs(filter), decimals);
  }

  /** A money cell whose amount is the sum of the tags the source selects. */
  public static TableCell tags(String column, BudgetView view, CellSource.Tags source) {
    return TableCell.money(column, ViewSums.of(view, source), source);
  }

  /**
   * A zero money cell for a figure the ledger does not model yet (年终结转结余, 事业单位经营支出 …): printed
   * empty like any zero, and traced to the reason rather than to legs.
   */
  public static TableCell notModelled(String column, String reason) {
    return TableCell.money(column, Fen.ZERO, new CellSource.Fact(reason));
  }

  public static TableCell text(String column, String text) {
    return TableCell.text(column, text);
  }
}
