package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.reconstruction.Margin;
import org.budgetledger.app.importer.reconstruction.MarginProblem;
import org.budgetledger.app.importer.reconstruction.MarginProblemBuilder;
import org.budgetledger.core.model.Fen;

/**
 * Collects the published figures as margins over the cells: each figure is the sum of the cells its
 * table row and column select, exact when printed to the fen, within half a display unit when
 * rounded, exactly zero when the cell is empty.
 */
final class PlanMargins {
  private final List<LineCell> cells;
  private final String fileName;
  private final List<Margin> margins = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  String fileName() {
    return fileName;
  }

  PlanMargins(List<LineCell> cells, String fileName) {
    this(cells, fileName, LinePlaces.TEXT);
  }

  PlanMargins(List<LineCell> cells, String fileName, LinePlaces places) {
    this.cells = cells;
    this.fileName = fileName;
    this.places = places;
  }

  private final LinePlaces places;
  private final java.util.Map<String, String> sources = new java.util.HashMap<>();
  private final Set<String> inYuan = new java.util.HashSet<>();
  private final java.util.Map<String, Integer> marginsByTable = new java.util.TreeMap<>();
  private long terms;

  /** Adds the margin "the cells matching {@code select} sum to {@code amount}". */
  void add(
      String id,
      String table,
      String column,
      PublishedAmount amount,
      int lineNo,
      Predicate<LineCell> select) {
    if (!PublishedAmount.printed(amount)) {
      return;
    }
    int line = amount != null ? amount.lineNo() : lineNo;
    Set<String> ids = cellsOf(select, table, line);
    String source = places.of(table, line) + " / " + column;
    // One figure per row and column: a row printed twice would state the same margin twice.
    String earlier = sources.putIfAbsent(id, source);
    if (earlier != null) {
      problems.add(
          new ImportProblem(
              fileName, line, table + " / " + column, ProblemKind.FIGURE_GIVEN_TWICE, earlier));
      return;
    }
    if (ids.isEmpty()) {
      if (amount != null && !amount.value().isZero()) {
        problems.add(
            new ImportProblem(
                fileName,
                amount.lineNo(),
                table + " / " + column,
                ProblemKind.FIGURE_WITHOUT_LINES,
                // In the table's own unit: a Xi'an table in 元 is not to be read as 万元.
                amount.text() + (amount.inYuan() ? " 元" : " 万元")));
      }
      return;
    }
    if (amount != null && amount.inYuan()) {
      inYuan.add(id);
    }
    if (amount == null) {
      margins.add(Margin.exact(id, "empty cell", ids, 0, source));
    } else if (amount.decimals() >= 6) {
      margins.add(Margin.exact(id, amount.text(), ids, amount.value().value(), source));
    } else {
      // a figure adding up n printed rounded figures (PrintedSum) is off by up to n half units
      margins.add(
          Margin.rounded(
              id,
              amount.text(),
              ids,
              amount.value().value(),
              amount.decimals(),
              amount.terms(),
              source));
    }
  }

  /**
   * A sum of printed figures ({@link IncomeMargins}) within {@code toleranceFen}, placed where
   * {@code figure} is printed.
   */
  void addWithin(
      String id,
      String table,
      String column,
      long publishedFen,
      long toleranceFen,
      PublishedAmount figure,
      Predicate<LineCell> select) {
    Set<String> ids = cellsOf(select, table, figure.lineNo());
    String source = places.of(table, figure.lineNo()) + " / " + column;
    if (ids.isEmpty() || sources.putIfAbsent(id, source) != null) {
      return;
    }
    if (figure.inYuan()) {
      inYuan.add(id);
    }
    margins.add(new Margin(id, figure.text(), ids, publishedFen, toleranceFen, source));
  }

  /**
   * The ids of the cells a figure of {@code table} sums, counted against the solver's limits
   * ({@link SolverSize}) before the figure becomes a margin, so that no document can collect more.
   */
  private Set<String> cellsOf(Predicate<LineCell> select, String table, int line) {
    Set<String> ids = new TreeSet<>();
    cells.stream().filter(select).forEach(c -> ids.add(c.id()));
    terms += ids.size();
    marginsByTable.merge(table, 1, Integer::sum);
    SolverSize.admitMargins(margins.size() + 1, terms, fileName, line, marginsByTable);
    return ids;
  }

  /** The solver's tableau for these cells and margins is within its limit ({@link SolverSize}). */
  void rejectIfTooLargeToSolve() {
    SolverSize.admitLp(cells.size(), margins.size(), fileName, marginsByTable);
  }

  /**
   * A figure of the margin's in its table's own unit: 元 at 2 places for a table in 元, else 万元 at 6
   * (the fen exactly).
   */
  String amount(String marginId, long fen) {
    return inYuan.contains(marginId)
        ? Fen.of(fen).formatYuan(2) + " 元"
        : Fen.of(fen).formatWan(6) + " 万元";
  }

  boolean hasCells(Predicate<LineCell> select) {
    return cells.stream().anyMatch(select);
  }

  List<ImportProblem> problems() {
    return problems;
  }

  List<LineCell> cells() {
    return cells;
  }

  List<Margin> margins() {
    return margins;
  }

  /**
   * Margins that only refine which fund pays a line, not how much a line holds: 财政拨款"三公" and the
   * 财政拨款/其他资金 split of 部门整体支出绩效目标表.
   */
  static boolean refining(Margin margin) {
    return margin.id().startsWith(FundMargins.THREE_PUBLIC)
        || margin.id().startsWith("t13:funding:");
  }

  /**
   * Drops the income figures ({@link IncomeMargins}); true if there were any. Used when they
   * contradict the spending tables: the lines then follow the tables alone.
   */
  boolean dropIncome() {
    return margins.removeIf(IncomeMargins::isIncome);
  }

  MarginProblem problem(Predicate<Margin> keep) {
    return problem(keep, c -> false);
  }

  /** As {@link #problem(Predicate)}, with the cells {@code empty} selects held at zero. */
  MarginProblem problem(Predicate<Margin> keep, Predicate<LineCell> empty) {
    MarginProblemBuilder builder = MarginProblem.builder();
    cells.forEach(
        c -> {
          if (empty.test(c)) {
            builder.fixedZero(c.id());
          } else {
            builder.cell(c.id());
          }
        });
    margins.stream().filter(keep).forEach(builder::margin);
    return builder.build();
  }
}
