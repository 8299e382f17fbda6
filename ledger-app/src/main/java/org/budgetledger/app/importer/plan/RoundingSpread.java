package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounded figures of a table by unit (rows: units, columns: sources) made exact: each column must
 * add up to what the ledger records for it, each figure may move within its rounding ({@code
 * share}, 0 for a figure printed to the fen or printed zero) and, where the row's printed 合计 is
 * given, the row should add up to it within its own rounding. First each row whose printed parts do
 * not add up to its 合计 moves its parts toward it (those whose column also needs that way first),
 * then each column's difference is spread over its figures, the largest first, keeping the rows
 * within their 合计 where they can, else not (only where the figures can then close the difference).
 * What no figure can take is beyond rounding: it stays on the column's largest figure and is
 * returned as such.
 */
final class RoundingSpread {
  /**
   * The exact figures; per column what went beyond rounding (0 where nothing did) and the row that
   * holds it (-1 where none does).
   */
  record Result(long[][] exact, long[] beyond, int[] keeper) {}

  private final long[][] printed;
  private final long[][] share;
  private final long[][] x;
  private final long[] left;
  private final List<Sum> sums = new ArrayList<>();

  /**
   * A row's printed sum of some of its columns ({@code columns[b]}), to be kept within {@code
   * share} of {@code total}: its 合计, or a 小计 of one origin's columns (本年收入, 上年结转结余).
   */
  record Sum(int row, boolean[] columns, long total, long share) {}

  private RoundingSpread(
      long[][] printed,
      long[][] share,
      long[] recorded,
      Long[] rowTotal,
      long[] rowShare,
      List<Sum> parts) {
    this.printed = printed;
    this.share = share;
    for (int u = 0; u < printed.length; u++) {
      if (rowTotal[u] != null) {
        boolean[] all = new boolean[recorded.length];
        java.util.Arrays.fill(all, true);
        sums.add(new Sum(u, all, rowTotal[u], rowShare[u]));
      }
    }
    sums.addAll(parts);
    x = new long[printed.length][];
    for (int u = 0; u < printed.length; u++) {
      x[u] = printed[u].clone();
    }
    left = recorded.clone();
    for (int b = 0; b < recorded.length; b++) {
      for (long[] row : printed) {
        left[b] = Math.subtractExact(left[b], row[b]);
      }
    }
  }

  /**
   * {@code rowTotal[u]} null where the row's 合计 is not to be kept; {@code share[u][b]} the most
   * figure {@code printed[u][b]} may move.
   */
  static Result of(
      long[][] printed, long[][] share, long[] recorded, Long[] rowTotal, long[] rowShare) {
    return of(printed, share, recorded, rowTotal, rowShare, List.of());
  }

  /**
   * As above, each row also keeping its printed {@code parts} (小计 of some columns) where it can.
   */
  static Result of(
      long[][] printed,
      long[][] share,
      long[] recorded,
      Long[] rowTotal,
      long[] rowShare,
      List<Sum> parts) {
    RoundingSpread s = new RoundingSpread(printed, share, recorded, rowTotal, rowShare, parts);
    s.rowsTowardTheirTotals();
    long[] beyond = new long[recorded.length];
    int[] keeper = new int[recorded.length];
    java.util.Arrays.fill(keeper, -1);
    for (int b = 0; b < recorded.length; b++) {
      s.column(b, true);
      if (s.roomFor(b) >= Math.abs(s.left[b])) {
        s.column(b, false);
      }
      if (s.left[b] != 0) {
        int largest = s.largest(b);
        s.x[largest][b] = Math.addExact(s.x[largest][b], s.left[b]);
        beyond[b] = s.left[b];
        keeper[b] = largest;
        s.left[b] = 0;
      }
    }
    return new Result(s.x, beyond, keeper);
  }

  private void rowsTowardTheirTotals() {
    for (Sum sum : sums) {
      final int u = sum.row();
      long need = need(sum);
      if (need == 0) {
        continue;
      }
      long sign = Long.signum(need);
      List<Integer> columns = new ArrayList<>();
      for (int b = 0; b < x[u].length; b++) {
        if (sum.columns()[b]) {
          columns.add(b);
        }
      }
      columns.sort(
          Comparator.comparing((Integer b) -> Long.signum(left[b]) != sign)
              .thenComparing(b -> -printed[u][b]));
      for (int b : columns) {
        long low = low(u, b);
        long high = high(u, b);
        // never further from the row's other sums: a 小计 printed as the sum of its parts stays so
        for (Sum other : sums) {
          if (other != sum && other.row() == u && other.columns()[b]) {
            long d = Math.subtractExact(other.total(), sum(other));
            low = Math.max(low, Math.min(0, d - other.share()));
            high = Math.min(high, Math.max(0, d + other.share()));
          }
        }
        long shift = low > high ? 0 : clamp(need, low, high);
        x[u][b] = Math.addExact(x[u][b], shift);
        left[b] = Math.subtractExact(left[b], shift);
        need = Math.subtractExact(need, shift);
      }
    }
  }

  /** What the row lacks to reach the nearest edge of the sum's rounding; 0 within it. */
  private long need(Sum sum) {
    long d = Math.subtractExact(sum.total(), sum(sum));
    return d > sum.share() ? d - sum.share() : d < -sum.share() ? d + sum.share() : 0;
  }

  private void column(int b, boolean keepRows) {
    List<Integer> units = new ArrayList<>();
    for (int u = 0; u < x.length; u++) {
      units.add(u);
    }
    units.sort(Comparator.comparing((Integer u) -> -printed[u][b]));
    for (int u : units) {
      if (left[b] == 0) {
        return;
      }
      long low = low(u, b);
      long high = high(u, b);
      if (keepRows) {
        for (Sum sum : sums) {
          if (sum.row() == u && sum.columns()[b]) {
            long d = Math.subtractExact(sum.total(), sum(sum));
            low = Math.max(low, d - sum.share());
            high = Math.min(high, d + sum.share());
          }
        }
      }
      // never against the column's need, whatever the row's
      low = Math.max(low, Math.min(0, left[b]));
      high = Math.min(high, Math.max(0, left[b]));
      long shift = low > high ? 0 : clamp(left[b], low, high);
      x[u][b] = Math.addExact(x[u][b], shift);
      left[b] = Math.subtractExact(left[b], shift);
    }
  }

  /**
   * How far the column's figures can still move toward its need, rows aside. Where that is less
   * than the need, the rest is beyond rounding whatever they do: moving figures against their rows'
   * 合计 would gain nothing, so they are kept (杭州市公安局 2026: its units' 一般公共预算 miss the 合计 by 1,471.66
   * 万元, and a unit whose parts print 0.01 above its 总计 stayed within it).
   */
  private long roomFor(int b) {
    long room = 0;
    for (int u = 0; u < x.length; u++) {
      room = Math.addExact(room, left[b] > 0 ? Math.max(0, high(u, b)) : Math.max(0, -low(u, b)));
    }
    return room;
  }

  private long low(int u, int b) {
    return printed[u][b] - share[u][b] - x[u][b];
  }

  private long high(int u, int b) {
    return printed[u][b] + share[u][b] - x[u][b];
  }

  private long sum(Sum of) {
    long sum = 0;
    for (int b = 0; b < x[of.row()].length; b++) {
      if (of.columns()[b]) {
        sum = Math.addExact(sum, x[of.row()][b]);
      }
    }
    return sum;
  }

  private int largest(int b) {
    int largest = 0;
    for (int u = 1; u < printed.length; u++) {
      if (printed[u][b] > printed[largest][b]) {
        largest = u;
      }
    }
    return largest;
  }

  private static long clamp(long value, long low, long high) {
    return Math.max(low, Math.min(high, value));
  }
}
