package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.projections.checks.PrintedChange;
import org.budgetledger.projections.checks.PrintedRate;

/**
 * A table printing last year's and this year's figures in columns, by the words of its top header:
 * two year groups (2025年… and 2026年…, or 上年 and 当年/本年) with a change group (增减变化情况…) whose columns
 * repeat the same sub-headers, or a change group that names its two figures itself ({@code
 * 2026年预算数比2025年执行数（扣除中央基建投资）/增减额}: the first column of each group, or the one whose header carries
 * the words in brackets). A rate column (增减(%), 增长率) beside a change is that change over last
 * year's figure.
 */
final class PriorYearColumns {
  // a year's group is the year and at most what its figures are: 2025年预算数, 2025年执行数, 上年, 当年
  private static final String KIND = "(度)?(预算|执行|决算|预计执行)?数?";
  private static final Pattern YEAR = Pattern.compile("^((19|20)\\d{2})年" + KIND + "$");
  private static final Pattern LAST_YEAR = Pattern.compile("^上年" + KIND + "$");
  private static final Pattern THIS_YEAR = Pattern.compile("^(当年|本年)" + KIND + "$");
  private static final Pattern CHANGE = Pattern.compile("增减|增长|减少");
  private static final Pattern VERSUS = Pattern.compile("^(.+?)比(.+?)(?:[（(](.+?)[）)])?$");
  private static final Pattern RATE = Pattern.compile("(%|％|率)");

  private PriorYearColumns() {}

  /** What the table prints by year in its columns, null when it prints one year only. */
  static PriorYearFigures read(PublishedGrid grid) {
    List<String> headers = grid.headers().stream().map(h -> h.replaceAll("\\s", "")).toList();
    List<PrintedChange> changes = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    Integer[] years = years(headers);
    for (int c = 0; c < headers.size(); c++) {
      String group = group(headers.get(c));
      if (!CHANGE.matcher(headers.get(c)).find() || isRate(headers.get(c))) {
        continue;
      }
      int[] pair = pair(headers, c, years);
      if (pair == null) {
        continue;
      }
      int rate =
          c + 1 < headers.size()
                  && isRate(headers.get(c + 1))
                  && group(headers.get(c + 1)).equals(group)
              ? c + 1
              : -1;
      used.addAll(List.of(pair[0], pair[1], c));
      if (rate >= 0) {
        used.add(rate);
      }
      for (List<PublishedCell> row : grid.rows()) {
        triple(grid, row, pair[0], pair[1], c, rate, changes);
      }
    }
    int earlier = earlierFigures(grid, headers, years, used);
    if (changes.isEmpty() && earlier == 0) {
      return null;
    }
    return new PriorYearFigures(grid, changes, earlier, used.stream().distinct().sorted().toList());
  }

  private static void triple(
      PublishedGrid grid,
      List<PublishedCell> row,
      int earlierColumn,
      int laterColumn,
      int changeColumn,
      int rateColumn,
      List<PrintedChange> out) {
    PublishedCell e = PriorYearFigures.cellAt(row, earlierColumn);
    PublishedCell l = PriorYearFigures.cellAt(row, laterColumn);
    PublishedCell c = PriorYearFigures.cellAt(row, changeColumn);
    if (!PriorYearFigures.printed(e, l, c)) {
      return;
    }
    String rowKey = rowLabel(row);
    PrintedRate rate =
        rateColumn < 0
            ? null
            : PriorYearFigures.rate(grid, PriorYearFigures.cellAt(row, rateColumn), rowKey);
    out.add(
        new PrintedChange(
            grid.unit(),
            PriorYearFigures.figure(grid, l, group(grid.headers().get(laterColumn)), rowKey),
            PriorYearFigures.figure(grid, e, group(grid.headers().get(earlierColumn)), rowKey),
            PriorYearFigures.figure(grid, c, leafOrGroup(grid.headers().get(changeColumn)), rowKey),
            rate));
  }

  /**
   * The earlier and later columns of a change column: those its own header names (A比B), else the
   * two year groups' columns with the same sub-header; null when the header does not tell.
   */
  private static int[] pair(List<String> headers, int change, Integer[] years) {
    String group = group(headers.get(change));
    Matcher versus = VERSUS.matcher(group);
    if (versus.matches() && !versus.group(1).contains("增减")) {
      int later = named(headers, versus.group(1), versus.group(3));
      int earlier = named(headers, versus.group(2), versus.group(3));
      return later < 0 || earlier < 0 ? null : new int[] {earlier, later};
    }
    String rest = rest(headers.get(change));
    int earlier = -1;
    int later = -1;
    for (int c = 0; c < headers.size(); c++) {
      if (years[c] == null || !rest(headers.get(c)).equals(rest)) {
        continue;
      }
      if (years[c] == min(years)) {
        earlier = earlier < 0 ? c : earlier;
      } else if (years[c] == max(years)) {
        later = later < 0 ? c : later;
      }
    }
    return earlier < 0 || later < 0 || min(years) == max(years) ? null : new int[] {earlier, later};
  }

  /** The column of group {@code group}: the first, or the first carrying the bracketed words. */
  private static int named(List<String> headers, String group, String words) {
    for (int c = 0; c < headers.size(); c++) {
      if (group(headers.get(c)).equals(group)
          && (words == null || rest(headers.get(c)).contains(words))) {
        return c;
      }
    }
    return -1;
  }

  /** Figures in last year's columns, read whether or not a change is printed beside them. */
  private static int earlierFigures(
      PublishedGrid grid, List<String> headers, Integer[] years, List<Integer> used) {
    int count = 0;
    for (int c = 0; c < headers.size(); c++) {
      boolean earlier =
          years[c] != null && years[c] == min(years) && min(years) != max(years)
              || used.contains(c) && isEarlierOfPair(headers, c);
      if (!earlier) {
        continue;
      }
      final int column = c;
      count +=
          (int)
              grid.rows().stream()
                  .flatMap(List::stream)
                  .filter(cell -> cell.column() == column && cell.isMoney())
                  .count();
    }
    return count;
  }

  private static boolean isEarlierOfPair(List<String> headers, int column) {
    String group = group(headers.get(column));
    return headers.stream()
        .map(PriorYearColumns::group)
        .map(VERSUS::matcher)
        .anyMatch(m -> m.matches() && m.group(2).equals(group));
  }

  /**
   * Each column's year by its top header: the year it prints (2025年预算数; ten times the year, so that
   * 上年 as 1 and 当年 / 本年 as 2 keep their order among themselves); null for any other column (上年结转 is
   * money of this year, not last year's budget).
   */
  private static Integer[] years(List<String> headers) {
    Integer[] out = new Integer[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      String group = group(headers.get(c));
      Matcher year = YEAR.matcher(group);
      if (year.matches()) {
        out[c] = Integer.valueOf(year.group(1)) * 10;
      } else if (LAST_YEAR.matcher(group).matches()) {
        out[c] = 1;
      } else if (THIS_YEAR.matcher(group).matches()) {
        out[c] = 2;
      }
    }
    return out;
  }

  private static int min(Integer[] years) {
    int min = Integer.MAX_VALUE;
    for (Integer y : years) {
      if (y != null) {
        min = Math.min(min, y);
      }
    }
    return min;
  }

  private static int max(Integer[] years) {
    int max = Integer.MIN_VALUE;
    for (Integer y : years) {
      if (y != null) {
        max = Math.max(max, y);
      }
    }
    return max;
  }

  private static boolean isRate(String header) {
    String[] parts = header.split("/");
    return RATE.matcher(parts[parts.length - 1]).find() && parts[parts.length - 1].contains("增");
  }

  private static String group(String header) {
    return header.split("/", 2)[0];
  }

  private static String rest(String header) {
    String[] parts = header.split("/", 2);
    return parts.length > 1 ? parts[1] : "";
  }

  private static String leafOrGroup(String header) {
    String h = header.replaceAll("\\s", "");
    return h.contains("/") ? h.substring(h.indexOf('/') + 1) : h;
  }

  /** A row as a finding names it: its codes and names, the cells that print no figure. */
  private static String rowLabel(List<PublishedCell> row) {
    List<String> words = new ArrayList<>();
    for (PublishedCell cell : row) {
      String text = cell.text().replaceAll("\\s", "");
      if (!cell.isMoney() && !text.isEmpty() && !text.matches("^-?[\\d.]+[%％]$")) {
        words.add(text);
      }
    }
    return String.join(" ", words);
  }
}
