package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A problem as arrays (cells and margins by position in id order), for the solver's loops. */
final class IndexedProblem {

  final MarginProblem problem;
  final String[] cellIds;
  final long[] upperFen;
  final Margin[] margins;
  final int[][] marginCells;
  final int[][] cellMargins;

  IndexedProblem(MarginProblem problem) {
    this.problem = problem;
    int cellCount = problem.cells().size();
    cellIds = new String[cellCount];
    upperFen = new long[cellCount];
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < cellCount; c++) {
      CellVar cell = problem.cells().get(c);
      cellIds[c] = cell.id();
      upperFen[c] = cell.upperBoundFen();
      index.put(cell.id(), c);
    }
    margins = problem.margins().toArray(Margin[]::new);
    marginCells = new int[margins.length][];
    List<List<Integer>> byCell = new ArrayList<>();
    for (int c = 0; c < cellCount; c++) {
      byCell.add(new ArrayList<>());
    }
    for (int m = 0; m < margins.length; m++) {
      marginCells[m] = margins[m].cellIds().stream().mapToInt(index::get).toArray();
      for (int c : marginCells[m]) {
        byCell.get(c).add(m);
      }
    }
    cellMargins =
        byCell.stream().map(l -> l.stream().mapToInt(i -> i).toArray()).toArray(int[][]::new);
  }

  int cellCount() {
    return cellIds.length;
  }

  /** Exact sums of every margin; {@link Math#addExact} so an overflow can never pass unseen. */
  long[] sums(long[] valuesFen) {
    long[] sums = new long[margins.length];
    for (int m = 0; m < margins.length; m++) {
      for (int c : marginCells[m]) {
        sums[m] = Math.addExact(sums[m], valuesFen[c]);
      }
    }
    return sums;
  }
}
