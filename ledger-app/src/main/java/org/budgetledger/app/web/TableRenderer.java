package org.budgetledger.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.export.PrintedLine;
import org.budgetledger.app.export.PrintedLines;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableNumbering;
import org.budgetledger.projections.tables.TableRow;

/**
 * Prints a {@link DisclosureTable} for a page: amounts at the document's decimals, each money cell
 * linked to its provenance at the same point in time; on 对比, a changed cell also shows its old
 * figure. Links are built here, once per cell, rather than in the template: a 300-row table has
 * thousands of cells.
 */
final class TableRenderer {
  private static final String GROUP = "project:";
  private static final String MEMBER = "indicator:";
  private static final String FUNDS = "funds:";

  private TableRenderer() {}

  static RenderedTable render(
      BudgetHeader budget, DisclosureTable table, Point point, Map<String, Fen> changed) {
    String budgetId = budget.id().toString();
    DisclosureFormat format = budget.format();
    int decimals = budget.displayDecimals();
    String base =
        "/budgets/"
            + budgetId
            + "/cells?table="
            + table.kind().name()
            + point.query("asOf", "effective");
    Map<String, TableRow> byKey = new HashMap<>();
    table.rows().forEach(r -> byKey.putIfAbsent(r.key(), r));
    List<RenderedRow> rows = new ArrayList<>(table.rows().size());
    String lastUnit = null;
    // Lines as published (PrintedLines, as the exports print them): a cell in its column's place,
    // and in 收支总表 the n-th income row beside the n-th spending row.
    for (PrintedLine line : PrintedLines.of(table)) {
      List<RenderedCell> cells = new ArrayList<>(line.cells().size());
      for (TableCell cell : line.cells()) {
        if (cell == null || !cell.isMoney()) {
          cells.add(
              new RenderedCell(
                  null,
                  cell == null ? null : cell.columnKey(),
                  cell == null ? "" : table.display(cell, decimals),
                  false,
                  null,
                  false,
                  null));
          continue;
        }
        String rowKey =
            line.rowKeys().stream()
                .filter(k -> byKey.get(k).cell(cell.columnKey()).isPresent())
                .findFirst()
                .orElse(line.rowKeys().get(0));
        // The old figure of a changed cell, at the decimals the cell itself prints.
        Fen old = changed.get(ChangedCell.key(rowKey, cell.columnKey()));
        cells.add(
            new RenderedCell(
                rowKey,
                cell.columnKey(),
                table.display(cell, decimals),
                true,
                base + "&row=" + encode(rowKey) + "&column=" + encode(cell.columnKey()),
                old != null,
                old == null ? null : table.format(old, table.decimalsOf(cell, decimals))));
      }
      String unit = unitHeading(budget, table, line.rowKeys().get(0));
      if (unit != null && !unit.equals(lastUnit)) {
        rows.add(
            new RenderedRow(
                "unit:" + unit,
                "group",
                List.of(
                    new RenderedCell(
                        null, "unit", unitLabel(budget, unit), false, null, false, null))));
      }
      lastUnit = unit;
      rows.add(new RenderedRow(line.rowKeys().get(0), line.type().name().toLowerCase(), cells));
    }
    mergeGroups(rows);
    rows = OutlineRows.insert(table, rows, budget.id().year().value(), decimals);
    return new RenderedTable(
        table.kind().name(),
        TableNumbering.label(format, table.kind()),
        table.title(),
        table.unitLabel(),
        point,
        table.header(),
        rows,
        table.notes(),
        funding(rows));
  }

  /**
   * A row group printed as published: the cells of a {@code project:<g>} line span the lines of its
   * indicators ({@code indicator:<g>:<i>}), where those places are empty (项目支出绩效表 prints a
   * project's name, money and goal once, beside all its indicators).
   */
  private static void mergeGroups(List<RenderedRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      String key = rows.get(i).key();
      if (!key.startsWith(GROUP)) {
        continue;
      }
      String member = MEMBER + key.substring(GROUP.length()) + ":";
      int end = i + 1;
      while (end < rows.size() && rows.get(end).key().startsWith(member)) {
        end++;
      }
      List<RenderedCell> head = new ArrayList<>(rows.get(i).cells());
      for (int c = 0; c < head.size(); c++) {
        int span = 1;
        while (i + span < end
            && c < rows.get(i + span).cells().size()
            && isBlank(rows.get(i + span).cells().get(c))) {
          span++;
        }
        if (span > 1 && !isBlank(head.get(c))) {
          head.set(c, head.get(c).spanning(span));
          for (int r = i + 1; r < i + span; r++) {
            List<RenderedCell> covered = new ArrayList<>(rows.get(r).cells());
            covered.set(c, covered.get(c).spanning(0));
            rows.set(r, new RenderedRow(rows.get(r).key(), rows.get(r).type(), covered));
          }
        }
      }
      rows.set(i, new RenderedRow(key, rows.get(i).type(), head));
    }
  }

  /**
   * The unit a row belongs to, when its key starts with a unit code of the budget and the table
   * prints no unit column (the municipal 一般公共预算支出表 lists its units one after another, the same
   * codes repeating): the page then heads each unit's rows with its code and name.
   */
  private static String unitHeading(BudgetHeader budget, DisclosureTable table, String rowKey) {
    if (table.columns().stream().anyMatch(c -> c.key().equals("unit"))) {
      return null;
    }
    int bar = rowKey.indexOf('|');
    String first = bar < 0 ? rowKey : rowKey.substring(0, bar);
    return bar > 0 && budget.units().stream().anyMatch(u -> u.code().value().equals(first))
        ? first
        : null;
  }

  private static String unitLabel(BudgetHeader budget, String code) {
    return budget.units().stream()
        .filter(u -> u.code().value().equals(code))
        .map(u -> code + " " + u.name())
        .findFirst()
        .orElse(code);
  }

  /**
   * 总体资金情况 of 部门整体支出绩效目标表 ({@code funds:<name>} rows) taken out of the rows: the page prints them
   * as the published form's grid (预算支出总额, 财政拨款 and 其他资金 each with 合计, 基本支出, 项目支出).
   */
  private static Map<String, RenderedCell> funding(List<RenderedRow> rows) {
    Map<String, RenderedCell> funding = new LinkedHashMap<>();
    rows.removeIf(
        r -> {
          if (!r.key().startsWith(FUNDS)) {
            return false;
          }
          r.cells().stream()
              .filter(RenderedCell::money)
              .findFirst()
              .ifPresent(c -> funding.put(r.key().substring(FUNDS.length()), c));
          return true;
        });
    return funding;
  }

  private static boolean isBlank(RenderedCell cell) {
    return !cell.changed() && cell.text().isEmpty();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
