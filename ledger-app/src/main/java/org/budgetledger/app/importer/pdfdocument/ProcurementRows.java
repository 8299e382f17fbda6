package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 政府采购 table printed row by row (Jiangsu's 政府采购支出表: 采购品目大类 rows, each unit or 专项 below them with
 * its subtotal, each 采购品目 with its 资金来源 columns and 总计), read into the canonical rows: the category
 * ({@code A-货物}), the group (the unit or 专项 row's words, blank cells left of its first word carried
 * down from the group above, as a merged cell prints once), the item (the 采购品目 row's words) and the
 * figures. A row without figures continues the row above it (a name wrapped, or split over a page).
 * The rule is by header words and the national 采购品目 catalogue's three categories (货物, 工程, 服务), so
 * it reads any family printing such a table; a table without an 采购品目 column or without category
 * rows is not this shape and stays unread.
 */
final class ProcurementRows {
  private static final Pattern ITEM = Pattern.compile("采购(品目|物品)名称$");
  private static final Pattern TOTAL = Pattern.compile("^(总计|合计)$");
  private static final Pattern CATEGORY =
      Pattern.compile("^(?:[一二三四五六七八九十]+、)?(货物|工程|服务)(?:类)?[ABC]?$|^[ABC]-?(货物|工程|服务)$");

  /**
   * One canonical row: blank group and item for a category's subtotal, blank item for a group's.
   */
  record Row(
      String category,
      String group,
      String item,
      String total,
      List<String> sources,
      List<PublishedCell> cells) {}

  /** The table's rows and fund columns' headers; {@code totalRow} the 合计 row's figures. */
  record Table(List<String> sourceHeaders, Row totalRow, List<Row> rows) {}

  private ProcurementRows() {}

  /**
   * The table read row by row: by 采购品目 under its category, else by 功能科目 ({@link
   * ProcurementByFunction}); empty when it is neither shape.
   */
  static Optional<Table> read(PublishedGrid grid) {
    return of(grid).or(() -> ProcurementByFunction.of(grid));
  }

  static Optional<Table> of(PublishedGrid grid) {
    int item = column(grid, ITEM);
    int total = column(grid, TOTAL);
    if (item < 0 || total < 0) {
      return Optional.empty();
    }
    List<Integer> money = moneyColumns(grid);
    money.remove(Integer.valueOf(total));
    List<Integer> labels = new ArrayList<>();
    for (int c = 0; c < grid.headers().size(); c++) {
      if (c != total && !money.contains(c)) {
        labels.add(c);
      }
    }
    Optional<ProcurementFundColumns.Named> named = ProcurementFundColumns.of(grid, money);
    List<String> sourceHeaders =
        named
            .map(ProcurementFundColumns.Named::names)
            .orElseGet(() -> money.stream().map(c -> last(grid.headers().get(c))).toList());
    List<Integer> funds = named.map(ProcurementFundColumns.Named::columns).orElse(money);
    List<Printed> printed = merged(grid);
    Row totalRow = null;
    List<Row> rows = new ArrayList<>();
    String category = null;
    String[] group = new String[grid.headers().size()];
    String groupLabel = "";
    for (Printed p : printed) {
      String first = firstLabel(p, labels);
      List<String> sources = funds.stream().map(p::text).toList();
      if (TOTAL.matcher(first).matches()) {
        totalRow = new Row("", "", "", p.text(total), sources, p.cells);
        continue;
      }
      Matcher m = CATEGORY.matcher(first);
      if (m.matches()) {
        category = canonical(m.group(1) != null ? m.group(1) : m.group(2));
        java.util.Arrays.fill(group, null);
        rows.add(new Row(category, "", "", p.text(total), sources, p.cells));
        continue;
      }
      if (category == null) {
        return Optional.empty();
      }
      if (!p.text(item).isEmpty()) {
        rows.add(new Row(category, groupLabel, join(p, labels), p.text(total), sources, p.cells));
        continue;
      }
      boolean carried = true;
      for (int c : labels) {
        if (!p.text(c).isEmpty()) {
          carried = false;
        }
        if (!carried || group[c] == null) {
          group[c] = p.text(c);
        }
      }
      groupLabel =
          String.join("|", labels.stream().map(c -> group[c]).filter(t -> !t.isEmpty()).toList());
      rows.add(new Row(category, groupLabel, "", p.text(total), sources, p.cells));
    }
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(new Table(sourceHeaders, totalRow, rows));
  }

  private static String canonical(String word) {
    return switch (word) {
      case "货物" -> "A-货物";
      case "工程" -> "B-工程";
      default -> "C-服务";
    };
  }

  /** The column whose header reads {@code header}, its words wrapped over header rows joined. */
  private static int column(PublishedGrid grid, Pattern header) {
    for (int c = 0; c < grid.headers().size(); c++) {
      String words = grid.headers().get(c).replaceAll("[\\s/]", "");
      if (header.matcher(last(grid.headers().get(c))).find() || header.matcher(words).find()) {
        return c;
      }
    }
    return -1;
  }

  private static String last(String header) {
    String h = header.replaceAll("\\s", "");
    return h.substring(h.lastIndexOf('/') + 1);
  }

  private static List<Integer> moneyColumns(PublishedGrid grid) {
    return new ArrayList<>(
        grid.rows().stream()
            .flatMap(List::stream)
            .filter(PublishedCell::isMoney)
            .map(PublishedCell::column)
            .distinct()
            .sorted()
            .toList());
  }

  private static String firstLabel(Printed p, List<Integer> labels) {
    return labels.stream().map(p::text).filter(t -> !t.isEmpty()).findFirst().orElse("");
  }

  private static String join(Printed p, List<Integer> labels) {
    return String.join("|", labels.stream().map(p::text).filter(t -> !t.isEmpty()).toList());
  }

  /** The grid's rows, a row without figures appended cell by cell to the row above it. */
  static List<Printed> merged(PublishedGrid grid) {
    List<Printed> out = new ArrayList<>();
    for (List<PublishedCell> row : grid.rows()) {
      boolean figures = row.stream().anyMatch(PublishedCell::isMoney);
      if (!figures && !out.isEmpty()) {
        out.get(out.size() - 1).append(row);
      } else if (figures) {
        out.add(new Printed(row));
      }
    }
    return out;
  }

  /** A printed row and the texts of the rows continuing it. */
  static final class Printed {
    final List<PublishedCell> cells;
    final java.util.Map<Integer, String> texts = new java.util.HashMap<>();

    Printed(List<PublishedCell> cells) {
      this.cells = new ArrayList<>(cells);
      cells.forEach(c -> texts.merge(c.column(), clean(c.text()), String::concat));
    }

    void append(List<PublishedCell> more) {
      more.forEach(c -> texts.merge(c.column(), clean(c.text()), String::concat));
    }

    String text(int column) {
      return texts.getOrDefault(column, "");
    }

    private static String clean(String text) {
      return text.replaceAll("\\s", "");
    }
  }
}
