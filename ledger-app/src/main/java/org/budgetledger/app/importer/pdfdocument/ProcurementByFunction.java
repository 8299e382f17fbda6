package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A 政府采购 table by 功能科目 (类, 款 and 项 in three columns) instead of by 采购品目 category, read into the
 * canonical rows of {@link ProcurementRows}, so that every printed row is compared with the sum of
 * the tags below it:
 *
 * <ul>
 *   <li>by function alone (a 类 row, its 款 rows, their 项 rows, each with 合计 and the fund columns):
 *       the 类 row is the category ({@code 205-教育支出}), the 款 row a group ({@code 20502-普通教育}), the 项
 *       row the item ({@code 2050204-高中教育});
 *   <li>by function and unit (every row prints its 类/款/项 and a 单位编码 column nests them): a row with
 *       a code in the 单位编码 column opens a group, a shorter code holding the longer ones (经费形式
 *       {@code 1} 全额 above the unit {@code 251001}), a row without one is an item. The function
 *       with its outermost group is the category ({@code 2050803-全额}), the inner groups the group
 *       ({@code 251001-西安市自然资源和规划局}), the item's words (采购项目, 采购目录, 购买服务内容, 规格型号, then each code
 *       split over columns of one heading joined: {@code 30216}, {@code 50203}) the item.
 * </ul>
 *
 * The fund columns are named and ordered by their canonical measures ({@link
 * ProcurementFundColumns}); a fund column that is the 小计 of the columns under its heading (财政拨款/小计
 * over 财政拨款/一般公共预算 …) is named with its heading, as are its siblings, so the tags leave it out and
 * the rebuilt table sums them. A table of another shape (a code that is not digits, an item outside
 * any group) is not read.
 */
final class ProcurementByFunction {
  private static final Pattern TOTAL = Pattern.compile("^(总计|合计)$");
  private static final Pattern SUBTOTAL = Pattern.compile("^(小计|合计)$");
  private static final Pattern DIGITS = Pattern.compile("^\\d+$");
  private static final Set<String> NOT_FIGURES =
      Set.of("functionClass", "functionSection", "functionItem", "functionName", "unitCode");

  private ProcurementByFunction() {}

  static Optional<ProcurementRows.Table> of(PublishedGrid grid) {
    List<String> measures = grid.measures();
    int code = measures.indexOf("functionClass");
    int total = measures.indexOf("total");
    if (code < 0
        || total < 0
        || code + 2 >= measures.size()
        || !"functionSection".equals(measures.get(code + 1))
        || !"functionItem".equals(measures.get(code + 2))
        || grid.headers().size() != measures.size()) {
      return Optional.empty();
    }
    List<Integer> money = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int c = 0; c < measures.size(); c++) {
      String measure = measures.get(c);
      boolean figures = holdsFigures(grid, c);
      if (c == total || c >= code && c <= code + 2 || "unitCode".equals(measure)) {
        continue;
      }
      if (figures && measure != null && !NOT_FIGURES.contains(measure)) {
        money.add(c);
      } else if (!figures && !"rowNumber".equals(measure)) {
        labels.add(c);
      }
    }
    Optional<ProcurementFundColumns.Named> named = ProcurementFundColumns.of(grid, money);
    Reading reading =
        new Reading(
            grid,
            code,
            total,
            named.map(ProcurementFundColumns.Named::columns).orElse(money),
            labels,
            measures.indexOf("unitCode"),
            named.map(ProcurementFundColumns.Named::names).orElseGet(() -> sources(grid, money)));
    return reading.read();
  }

  /**
   * The fund columns' printed headers, where a column has no canonical measure: a 小计 and its
   * siblings named with their heading.
   */
  private static List<String> sources(PublishedGrid grid, List<Integer> money) {
    List<String> headers =
        money.stream().map(c -> grid.headers().get(c).replaceAll("\\s", "")).toList();
    List<String> out = new ArrayList<>();
    for (String header : headers) {
      String parent = parent(header);
      boolean underSubtotal =
          !parent.isEmpty()
              && headers.stream()
                  .anyMatch(h -> parent(h).equals(parent) && SUBTOTAL.matcher(leaf(h)).matches());
      if (!underSubtotal) {
        out.add(leaf(header));
      } else {
        out.add(SUBTOTAL.matcher(leaf(header)).matches() ? parent + "/小计" : header);
      }
    }
    return out;
  }

  private static boolean holdsFigures(PublishedGrid grid, int column) {
    return grid.rows().stream()
        .flatMap(List::stream)
        .anyMatch(c -> c.column() == column && c.isMoney());
  }

  private static String parent(String header) {
    int slash = header.lastIndexOf('/');
    return slash < 0 ? "" : header.substring(0, slash);
  }

  private static String leaf(String header) {
    return header.substring(header.lastIndexOf('/') + 1);
  }

  /** One pass over the printed rows, keeping the open 类/款 or the open groups. */
  private static final class Reading {
    private final PublishedGrid grid;
    private final int code;
    private final int total;
    private final List<Integer> money;
    private final List<Integer> labels;
    private final int unitCode;
    private final List<String> sources;
    private final List<ProcurementRows.Row> rows = new ArrayList<>();
    private ProcurementRows.Row totalRow;
    private String category;
    private String section;
    private String function;
    private final TreeMap<Integer, String> groups = new TreeMap<>();

    Reading(
        PublishedGrid grid,
        int code,
        int total,
        List<Integer> money,
        List<Integer> labels,
        int unitCode,
        List<String> sources) {
      this.grid = grid;
      this.code = code;
      this.total = total;
      this.money = money;
      this.labels = labels;
      this.unitCode = unitCode;
      this.sources = sources;
    }

    Optional<ProcurementRows.Table> read() {
      for (ProcurementRows.Printed p : ProcurementRows.merged(grid)) {
        boolean read = isTotal(p) ? total(p) : unitCode < 0 ? byFunction(p) : byUnit(p);
        if (!read) {
          return Optional.empty();
        }
      }
      return rows.isEmpty()
          ? Optional.empty()
          : Optional.of(new ProcurementRows.Table(sources, totalRow, rows));
    }

    private boolean isTotal(ProcurementRows.Printed p) {
      for (int c = 0; c < grid.headers().size(); c++) {
        if (!money.contains(c) && c != total && TOTAL.matcher(p.text(c)).matches()) {
          return true;
        }
      }
      return false;
    }

    private boolean total(ProcurementRows.Printed p) {
      totalRow = row(p, "", "", "");
      return true;
    }

    /** 类, 款 and 项 rows, each code in its own column and the name beside them. */
    private boolean byFunction(ProcurementRows.Printed p) {
      String cls = p.text(code);
      String sec = p.text(code + 1);
      String item = p.text(code + 2);
      String name = words(p);
      if (!cls.isEmpty() && DIGITS.matcher(cls).matches()) {
        category = cls + "-" + name;
        section = null;
        rows.add(row(p, category, "", ""));
        return true;
      }
      if (category == null) {
        return false;
      }
      String classCode = category.substring(0, category.indexOf('-'));
      if (!sec.isEmpty() && DIGITS.matcher(sec).matches()) {
        section = classCode + sec + "-" + name;
        rows.add(row(p, category, section, ""));
        return true;
      }
      if (section == null || item.isEmpty() || !DIGITS.matcher(item).matches()) {
        return false;
      }
      String sectionCode = section.substring(0, section.indexOf('-'));
      rows.add(row(p, category, section, sectionCode + item + "-" + name));
      return true;
    }

    /** Every row prints its function; a code in the 单位编码 column opens a group, none an item. */
    private boolean byUnit(ProcurementRows.Printed p) {
      String printed = p.text(code) + p.text(code + 1) + p.text(code + 2);
      if (!DIGITS.matcher(printed).matches()) {
        return false;
      }
      if (!printed.equals(function)) {
        function = printed;
        groups.clear();
      }
      String unit = p.text(unitCode);
      if (!unit.isEmpty()) {
        if (!DIGITS.matcher(unit).matches()) {
          return false;
        }
        groups.tailMap(unit.length(), true).clear();
        groups.put(unit.length(), unit + "-" + words(p));
        rows.add(row(p, outer(), inner(), ""));
        return true;
      }
      if (groups.size() < 2) {
        return false;
      }
      rows.add(row(p, outer(), inner(), itemWords(p)));
      return true;
    }

    private String outer() {
      String first = groups.firstEntry().getValue();
      return function + first.substring(first.indexOf('-'));
    }

    private String inner() {
      return String.join("|", groups.tailMap(groups.firstKey(), false).values());
    }

    private String words(ProcurementRows.Printed p) {
      return String.join("|", labels.stream().map(p::text).filter(t -> !t.isEmpty()).toList());
    }

    /** The label cells, those of columns under one heading (a code's 类 and 款) joined as one. */
    private String itemWords(ProcurementRows.Printed p) {
      List<String> parts = new ArrayList<>();
      String lastHeading = null;
      for (int c : labels) {
        String text = p.text(c);
        if (text.isEmpty()) {
          continue;
        }
        String parent = parent(grid.headers().get(c).replaceAll("\\s", ""));
        boolean sameHeading = !parent.isEmpty() && parent.equals(lastHeading);
        lastHeading = parent;
        if (sameHeading) {
          parts.set(parts.size() - 1, parts.get(parts.size() - 1) + text);
        } else {
          parts.add(text);
        }
      }
      return String.join("|", parts);
    }

    private ProcurementRows.Row row(
        ProcurementRows.Printed p, String category, String group, String item) {
      return new ProcurementRows.Row(
          category, group, item, p.text(total), money.stream().map(p::text).toList(), p.cells);
    }
  }
}
