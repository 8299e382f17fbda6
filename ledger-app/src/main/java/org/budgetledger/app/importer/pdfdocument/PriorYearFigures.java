package org.budgetledger.app.importer.pdfdocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.checks.CheckFigure;
import org.budgetledger.projections.checks.Place;
import org.budgetledger.projections.checks.PrintedChange;
import org.budgetledger.projections.checks.PrintedRate;
import org.budgetledger.projections.reconciliation.Rounding;

/**
 * Last year's figures and the changes a published table prints beside this year's, read as printed:
 * by column ({@link PriorYearColumns}: 2025年 | 2026年 | 增减, or 2026年预算数比2025年执行数) or by row ({@link
 * PriorYearRows}: each unit's 2025年, 2026年 and 增减变化金额 rows). This year's figures are read and
 * compared with the ledger as before; these are checked against the table itself ({@code
 * PriorYearChecks}), so the import says how many hold instead of leaving them unread.
 */
public record PriorYearFigures(
    PublishedGrid grid, List<PrintedChange> changes, int earlierFigures, List<Integer> columns) {
  private static final Pattern RATE = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)\\s*[%％]?$");

  public PriorYearFigures {
    changes = List.copyOf(changes);
    columns = List.copyOf(columns);
  }

  /** The tables of a document that print last year's figures, each with what was read. */
  public static List<PriorYearFigures> in(List<PublishedGrid> grids) {
    List<PriorYearFigures> out = new ArrayList<>();
    for (PublishedGrid grid : grids) {
      PriorYearFigures read = PriorYearRows.read(grid);
      if (read == null) {
        read = PriorYearColumns.read(grid);
      }
      if (read != null && (read.earlierFigures() > 0 || !read.changes().isEmpty())) {
        out.add(read);
      }
    }
    return out;
  }

  /** The table's name as a finding gives it: its printed number and title. */
  static String tableLabel(PublishedGrid grid) {
    String title = grid.title().replaceAll("\\s", "");
    return grid.label() == null ? title : grid.label() + " " + title;
  }

  /**
   * One figure with its place; a blank cell is exactly nothing. A figure of a table in 元 is exact
   * (6 decimals of 万元): whole 元 are the budget's own figures, not rounded ones.
   */
  static CheckFigure figure(PublishedGrid grid, PublishedCell cell, String label, String rowKey) {
    Place place =
        new Place(
            grid.kind(), tableLabel(grid), rowKey, header(grid, cell.column()), 0, cell.page());
    if (!cell.isMoney()) {
      return new CheckFigure(label, Fen.ZERO, Rounding.EXACT_DECIMALS, place);
    }
    int decimals = grid.unit() == MoneyUnit.YUAN ? Rounding.EXACT_DECIMALS : cell.decimals();
    return new CheckFigure(label, cell.amount(), decimals, place);
  }

  /** A rate as printed ({@code -60.86%}), null for a blank or a text that is no rate. */
  static PrintedRate rate(PublishedGrid grid, PublishedCell cell, String rowKey) {
    Matcher m = RATE.matcher(cell.text().replaceAll("\\s", ""));
    if (!m.matches()) {
      return null;
    }
    Place place =
        new Place(
            grid.kind(), tableLabel(grid), rowKey, header(grid, cell.column()), 0, cell.page());
    return new PrintedRate(new BigDecimal(m.group(1)), cell.text().strip(), place);
  }

  static String header(PublishedGrid grid, int column) {
    return column < grid.headers().size()
        ? grid.headers().get(column).replaceAll("\\s", "")
        : "第 " + (column + 1) + " 列";
  }

  /** The cell of a row in a column, or a blank one at the row's place. */
  static PublishedCell cellAt(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column)
        .findFirst()
        .orElseGet(
            () ->
                new PublishedCell(
                    row.isEmpty() ? 0 : row.get(0).page(),
                    row.isEmpty() ? 0 : row.get(0).row(),
                    column,
                    null,
                    "",
                    null,
                    0));
  }

  /** Whether any of the cells prints a figure other than nothing. */
  static boolean printed(PublishedCell... cells) {
    for (PublishedCell cell : cells) {
      if (cell.isMoney()) {
        return true;
      }
    }
    return false;
  }
}
