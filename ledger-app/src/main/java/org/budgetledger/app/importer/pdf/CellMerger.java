package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the squares of a grid into cells: two neighbours are one cell when the boundary between
 * them is not ruled over at least half of their common side. A spanning header cell becomes one
 * cell covering its columns.
 */
final class CellMerger {
  private static final double ON_LINE = 3.0;
  private static final double MIN_COVERED = 0.5;

  private CellMerger() {}

  static List<Lattice.GridCell> cells(
      double[] xs, double[] ys, List<Ruling> horizontals, List<Ruling> verticals) {
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    UnionFind sets = new UnionFind(rows * cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c + 1 < cols; c++) {
        if (!ruled(verticals, xs[c + 1], ys[r], ys[r + 1])) {
          sets.union(r * cols + c, r * cols + c + 1);
        }
      }
    }
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (!ruled(horizontals, ys[r + 1], xs[c], xs[c + 1])) {
          sets.union(r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    return spans(sets, rows, cols);
  }

  private static List<Lattice.GridCell> spans(UnionFind sets, int rows, int cols) {
    int n = rows * cols;
    int[] minR = new int[n];
    int[] maxR = new int[n];
    int[] minC = new int[n];
    int[] maxC = new int[n];
    Arrays.fill(minR, Integer.MAX_VALUE);
    Arrays.fill(minC, Integer.MAX_VALUE);
    Arrays.fill(maxR, -1);
    Arrays.fill(maxC, -1);
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      minR[root] = Math.min(minR[root], i / cols);
      maxR[root] = Math.max(maxR[root], i / cols);
      minC[root] = Math.min(minC[root], i % cols);
      maxC[root] = Math.max(maxC[root], i % cols);
    }
    List<Lattice.GridCell> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (maxR[i] >= 0) {
        cells.add(
            new Lattice.GridCell(minR[i], minC[i], maxR[i] - minR[i] + 1, maxC[i] - minC[i] + 1));
      }
    }
    cells.sort(
        (a, b) ->
            a.row() != b.row()
                ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column(), b.column()));
    return cells;
  }

  /** Whether rules at {@code position} cover at least half of [from, to]. */
  private static boolean ruled(List<Ruling> rules, double position, double from, double to) {
    double covered = 0;
    for (Ruling r : rules) {
      if (Math.abs(r.position() - position) <= ON_LINE) {
        covered += Math.max(0, Math.min(to, r.end()) - Math.max(from, r.start()));
      }
    }
    return covered >= (to - from) * MIN_COVERED;
  }
}
