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
 * within their 合计 where they can, else not. What no figure can take is beyond rounding: it stays on
 * the column's largest figure and is returned as such.
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
  private final Long[] rowTotal;
  private final long[] rowShare;

  private RoundingSpread(
      long[][] printed, long[][] share, long[] recorded, Long[] rowTotal, long[] rowShare) {
    this.printed = printed;
    this.share = share;
    this.rowTotal = rowTotal;
    this.rowShare = rowShare;
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
    RoundingSpread s = new RoundingSpread(printed, share, recorded, rowTotal, rowShare);
    s.rowsTowardTheirTotals();
    long[] beyond = new long[recorded.length];
    int[] keeper = new int[recorded.length];
    java.util.Arrays.fill(keeper, -1);
    for (int b = 0; b < recorded.length; b++) {
      s.column(b, true);
      s.column(b, false);
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
    for (int row = 0; row < x.length; row++) {
      final int u = row;
      long need = rowNeed(u);
      if (need == 0) {
        continue;
      }
      long sign = Long.signum(need);
      List<Integer> columns = new ArrayList<>();
      for (int b = 0; b < x[u].length; b++) {
        columns.add(b);
      }
      columns.sort(
          Comparator.comparing((Integer b) -> Long.signum(left[b]) != sign)
              .thenComparing(b -> -printed[u][b]));
      for (int b : columns) {
        long shift = clamp(need, low(u, b), high(u, b));
        x[u][b] = Math.addExact(x[u][b], shift);
        left[b] = Math.subtractExact(left[b], shift);
        need = Math.subtractExact(need, shift);
      }
    }
  }

  /** What the row lacks to reach the nearest edge of its 合计's rounding; 0 within it. */
  private long rowNeed(int u) {
    if (rowTotal[u] == null) {
      return 0;
    }
    long d = Math.subtractExact(rowTotal[u], sum(u));
    return d > rowShare[u] ? d - rowShare[u] : d < -rowShare[u] ? d + rowShare[u] : 0;
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
      if (keepRows && rowTotal[u] != null) {
        long d = Math.subtractExact(rowTotal[u], sum(u));
        low = Math.max(low, d - rowShare[u]);
        high = Math.min(high, d + rowShare[u]);
      }
      // never against the column's need, whatever the row's
      low = Math.max(low, Math.min(0, left[b]));
      high = Math.min(high, Math.max(0, left[b]));
      long shift = low > high ? 0 : clamp(left[b], low, high);
      x[u][b] = Math.addExact(x[u][b], shift);
      left[b] = Math.subtractExact(left[b], shift);
    }
  }

  private long low(int u, int b) {
    return printed[u][b] - share[u][b] - x[u][b];
  }

  private long high(int u, int b) {
    return printed[u][b] + share[u][b] - x[u][b];
  }

  private long sum(int u) {
    long sum = 0;
    for (long v : x[u]) {
      sum = Math.addExact(sum, v);
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
