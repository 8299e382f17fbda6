package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionClasses;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * The 类 / 款 / 项 rows a table by 支出功能分类 does not print: 支出总表 and the 一般公共预算, 政府性基金 and 国有资本经营 tables
 * often list only the rows with all their codes, so folding them to 类 needs the 类's sums. Each is
 * derived from the codes of the rows it groups (the first 3, 5 or 7 digits of the function code),
 * within a unit where the table lists units one after another, and summed exactly in fen from the
 * rows' own cells. The page shows them only when folded ({@code outline} rows, not published
 * figures, so they carry no provenance link).
 */
final class OutlineRows {
  static final String PREFIX = "outline:";
  private static final Set<TableKind> BY_FUNCTION =
      EnumSet.of(
          TableKind.EXPENDITURE_SUMMARY,
          TableKind.GENERAL_BUDGET_EXPENDITURE,
          TableKind.GOVERNMENT_FUND_EXPENDITURE,
          TableKind.STATE_CAPITAL_EXPENDITURE);
  private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

  private OutlineRows() {}

  /** The rows with the derived 类 / 款 / 项 rows inserted before the first row of each group. */
  static List<RenderedRow> insert(
      DisclosureTable table, List<RenderedRow> rows, int year, int decimals) {
    if (!BY_FUNCTION.contains(table.kind())) {
      return rows;
    }
    Map<String, TableRow> byKey = new LinkedHashMap<>();
    table.rows().forEach(r -> byKey.putIfAbsent(r.key(), r));
    Set<String> printed = new HashSet<>();
    Set<String> parents = new HashSet<>();
    for (RenderedRow row : rows) {
      printed.add(row.key());
      Coded coded = Coded.of(row.key());
      if (coded != null) {
        for (int digits = 3; digits < coded.code().length(); digits += 2) {
          parents.add(coded.prefix() + coded.code().substring(0, digits));
        }
      }
    }
    // Per unit (the key's prefix), the derived rows in code order: folded, the table reads as an
    // outline 类 > 款 > 项 even where the document lists its rows in another order.
    Map<String, TreeMap<String, Outline>> outlines = new LinkedHashMap<>();
    for (RenderedRow row : rows) {
      Coded coded = Coded.of(row.key());
      // Only the rows that nothing printed below them details are summed: a printed 款 row and
      // its 项 rows hold the same money.
      if (coded == null || coded.last() && parents.contains(row.key())) {
        continue;
      }
      for (int digits = 3; digits <= coded.code().length(); digits += 2) {
        String code = coded.code().substring(0, digits);
        if (!printed.contains(coded.prefix() + code)) {
          outlines
              .computeIfAbsent(coded.prefix(), p -> new TreeMap<>())
              .computeIfAbsent(code, c -> new Outline(c, row))
              .add(byKey.get(row.key()));
        }
      }
    }
    if (outlines.isEmpty()) {
      return rows;
    }
    Catalogues catalogues = Catalogues.standard();
    List<RenderedRow> out = new ArrayList<>();
    for (RenderedRow row : rows) {
      Coded coded = Coded.of(row.key());
      TreeMap<String, Outline> unit = coded == null ? null : outlines.remove(coded.prefix());
      if (unit != null) {
        unit.forEach(
            (code, outline) ->
                out.add(
                    outline.render(
                        PREFIX + coded.prefix() + code, catalogues, year, table, decimals)));
      }
      out.add(row);
    }
    return out;
  }

  /** A row key's function code and what comes before it (a unit); null without a code. */
  private record Coded(String prefix, String code, boolean last) {
    static Coded of(String key) {
      String[] parts = key.split("\\|", -1);
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        if (CODE.matcher(parts[i]).matches()) {
          return new Coded(prefix.toString(), parts[i], i == parts.length - 1);
        }
        prefix.append(parts[i]).append('|');
      }
      return null;
    }
  }

  /** One derived row: its code, the printed row it takes its layout from, and its sums. */
  private static final class Outline {
    private final String code;
    private final RenderedRow layout;
    private final Map<String, Fen> sums = new LinkedHashMap<>();

    Outline(String code, RenderedRow layout) {
      this.code = code;
      this.layout = layout;
    }

    void add(TableRow row) {
      if (row == null) {
        return;
      }
      row.cells().stream()
          .filter(c -> c.isMoney() && c.amount() != null)
          .forEach(c -> sums.merge(c.columnKey(), c.amount(), Fen::plus));
    }

    RenderedRow render(
        String key, Catalogues catalogues, int year, DisclosureTable table, int decimals) {
      // in the table's own unit and decimals (a Shanghai table in 元), as its printed rows
      int places = table.decimals() == null ? decimals : table.decimals();
      List<RenderedCell> cells = new ArrayList<>();
      boolean labelled = false;
      for (RenderedCell cell : layout.cells()) {
        if (cell.money()) {
          Fen sum = sums.get(cell.column());
          cells.add(
              new RenderedCell(
                  null,
                  cell.column(),
                  sum == null || sum.isZero() ? "" : table.format(sum, places),
                  true,
                  null,
                  false,
                  null));
        } else {
          cells.add(
              new RenderedCell(
                  null,
                  cell.column(),
                  labelled ? "" : label(catalogues, year),
                  false,
                  null,
                  false,
                  null));
          labelled = true;
        }
      }
      return new RenderedRow(key, "outline", cells);
    }

    private String label(Catalogues catalogues, int year) {
      String name =
          catalogues
              .function()
              .nameOf(code, year)
              .orElse(code.length() == 3 ? FunctionClasses.name(code) : "");
      return name == null || name.isEmpty() ? code : code + "-" + name;
    }
  }
}
