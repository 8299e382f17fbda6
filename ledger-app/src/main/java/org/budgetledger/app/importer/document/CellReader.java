package org.budgetledger.app.importer.document;

import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.InvalidAmountException;
import org.budgetledger.projections.tables.PrintedSum;

/**
 * Reads the cells of one table's rows. An empty cell is absent (null), an unreadable amount is a
 * problem naming the line and the column, never a guess and never zero.
 */
final class CellReader {
  private final Problems problems;
  private final TableHeading heading;
  private final boolean inYuan;
  private final DecimalsTally tally;

  CellReader(Problems problems, TableBody body, DecimalsTally tally) {
    this.problems = problems;
    this.heading = body.heading();
    this.inYuan = body.inYuan();
    this.tally = tally;
  }

  static String text(List<String> cells, int index) {
    return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
  }

  PublishedAmount amount(SourceLine line, List<String> cells, int index, String column) {
    return amount(line, text(cells, index), column);
  }

  PublishedAmount amount(SourceLine line, String cell, String column) {
    if (cell.isBlank()) {
      return null;
    }
    if (cell.equals(PublishedAmount.NOT_PRINTED_TEXT)) {
      return PublishedAmount.notPrinted(line.lineNo());
    }
    try {
      // a sum of printed figures (PrintedSum) is their exact sum, known to its coarsest term
      Fen value = Fen.ZERO;
      int decimals = 6;
      for (String term : PrintedSum.terms(cell)) {
        value = value.plus(inYuan ? Fen.parseYuan(term) : Fen.parseWan(term));
        int dot = term.indexOf('.');
        // a table in 元 states the amounts the budget is set in (whole 元, or fen): exact, so its
        // sums must hold to the fen; only 万元 figures are rounded for print
        decimals = Math.min(decimals, inYuan ? 6 : dot < 0 ? 0 : term.length() - dot - 1);
      }
      if (tally != null) {
        tally.count(decimals);
      }
      return new PublishedAmount(value, decimals, line.lineNo(), cell, inYuan);
    } catch (InvalidAmountException e) {
      problems.add(
          line,
          field(column),
          ProblemKind.AMOUNT_UNREADABLE,
          cell,
          inYuan ? "元" : "万元",
          e.getMessage());
      return null;
    }
  }

  /** Cells past the table's last column must be empty; anything there was not read. */
  /**
   * The amounts of consecutive columns starting at {@code offset}, one per column name; a cell
   * after the last is a problem, since it would be a figure no column accounts for.
   */
  PublishedAmount[] amounts(SourceLine line, List<String> cells, int offset, String[] columns) {
    PublishedAmount[] amounts = new PublishedAmount[columns.length];
    for (int i = 0; i < columns.length; i++) {
      amounts[i] = amount(line, cells, offset + i, columns[i]);
    }
    rejectExtraCells(line, cells, offset + columns.length);
    return amounts;
  }

  void rejectExtraCells(SourceLine line, List<String> cells, int from) {
    for (int i = Math.max(from, 0); i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        problems.add(
            line,
            field("第 " + (i + 1) + " 列"),
            ProblemKind.CELL_OUTSIDE_COLUMNS,
            cells.get(i).strip());
      }
    }
  }

  void problem(SourceLine line, String column, ProblemKind kind, Object... args) {
    problems.add(line, field(column), kind, args);
  }

  String field(String column) {
    return heading.label() + " / " + column;
  }
}
