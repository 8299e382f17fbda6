package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummary;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.Origin;

/**
 * Each unit's printed figure of one of the department's income sources, in a 收入总表 printed by unit:
 * the source's own column where the table prints it (its 合计 row has the column); the 专项资金 column
 * for the earmarked part of 一般公共预算 and 一般公共预算 less it for the rest; else, for the one source of an
 * origin the table prints no column of (a 上年结转结余 printed as one column), the origin's 小计 less the
 * columns of that origin it does print. None where the table gives no figure for it.
 */
final class UnitIncomeFigures {
  /** One unit's figure: its fen, the rounding it may take, and the text it prints. */
  record Figure(String unit, long fen, long share, String text) {}

  private final IncomeSummary table;
  private final Set<UnitIncomeSpread.Bucket> buckets;

  UnitIncomeFigures(IncomeSummary table, Set<UnitIncomeSpread.Bucket> buckets) {
    this.table = table;
    this.buckets = buckets;
  }

  List<Figure> of(UnitIncomeSpread.Bucket bucket) {
    List<Figure> figures = new ArrayList<>();
    for (IncomeSummaryRow row : table.units()) {
      Optional<Figure> figure = figure(row, bucket);
      if (figure.isEmpty()) {
        return List.of();
      }
      figures.add(figure.get());
    }
    return figures;
  }

  private Optional<Figure> figure(IncomeSummaryRow row, UnitIncomeSpread.Bucket bucket) {
    boolean general = bucket.fund() == FundSource.GENERAL_BUDGET;
    boolean current = bucket.origin() == Origin.CURRENT_YEAR;
    if (bucket.earmark() == IncomeEarmark.SPECIAL_FUNDS && general && current) {
      return column(IncomeColumn.GENERAL_BUDGET_SPECIAL_FUNDS)
          .map(c -> figure(row, row.amount(c), 0));
    }
    Optional<IncomeColumn> own = column(bucket);
    if (own.isPresent()) {
      boolean earmarked =
          general
              && current
              && buckets.contains(
                  new UnitIncomeSpread.Bucket(
                      FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR, IncomeEarmark.SPECIAL_FUNDS));
      long less = earmarked ? fen(row.amount(IncomeColumn.GENERAL_BUDGET_SPECIAL_FUNDS)) : 0;
      return nonNegative(figure(row, row.amount(own.get()), less));
    }
    return rest(row, bucket);
  }

  /**
   * The origin's 小计 less the columns of the origin the table prints, where this is the only one of
   * the department's sources of that origin without a column.
   */
  private Optional<Figure> rest(IncomeSummaryRow row, UnitIncomeSpread.Bucket bucket) {
    IncomeColumn subtotal =
        bucket.origin() == Origin.CURRENT_YEAR
            ? IncomeColumn.THIS_YEAR_SUBTOTAL
            : IncomeColumn.CARRY_OVER_SUBTOTAL;
    boolean alone =
        buckets.stream()
            .filter(b -> b.origin() == bucket.origin() && !b.equals(bucket))
            .allMatch(b -> column(b).isPresent());
    if (!alone || !printed(subtotal)) {
      return Optional.empty();
    }
    long less = 0;
    for (IncomeColumn c : IncomeColumn.values()) {
      DocumentFunds.Source source = DocumentFunds.of(c);
      if (source != null && source.origin() == bucket.origin() && printed(c)) {
        less = Math.addExact(less, fen(row.amount(c)));
      }
    }
    return nonNegative(figure(row, row.amount(subtotal), less));
  }

  /** A part larger than its whole (a unit's 专项资金 beyond its 一般公共预算) is no figure to record. */
  private static Optional<Figure> nonNegative(Figure figure) {
    return figure.fen() < 0 ? Optional.empty() : Optional.of(figure);
  }

  private Optional<IncomeColumn> column(UnitIncomeSpread.Bucket bucket) {
    for (IncomeColumn c : IncomeColumn.values()) {
      DocumentFunds.Source source = DocumentFunds.of(c);
      if (source != null
          && source.fund() == bucket.fund()
          && source.origin() == bucket.origin()
          && printed(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private Optional<IncomeColumn> column(IncomeColumn c) {
    return printed(c) ? Optional.of(c) : Optional.empty();
  }

  /** The table prints the column: its 合计 has a figure or an empty cell there. */
  private boolean printed(IncomeColumn c) {
    PublishedAmount total = table.total() == null ? null : table.total().amount(c);
    return table.total() != null
        && PublishedAmount.printed(total)
        && IncomeColumn.printed().contains(c);
  }

  private static Figure figure(IncomeSummaryRow row, PublishedAmount amount, long less) {
    long fen = Math.subtractExact(fen(amount), less);
    long share = amount == null || less != 0 ? 0 : IncomePlanner.share(amount);
    String text = amount == null ? "0" : amount.text();
    return new Figure(row.code(), fen, share, less == 0 ? text : Fen.of(fen).formatWan(6));
  }

  private static long fen(PublishedAmount amount) {
    return amount == null || amount.notPrinted() ? 0 : amount.value().value();
  }
}
