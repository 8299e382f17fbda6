package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Unknown fine budget lines and the published margins they must add up to. Cells and margins are
 * kept sorted by id, so the order in which a caller adds them cannot change the solution.
 */
public record MarginProblem(List<CellVar> cells, List<Margin> margins) {

  public MarginProblem {
    cells = cells.stream().sorted(Comparator.comparing(CellVar::id)).toList();
    margins = margins.stream().sorted(Comparator.comparing(Margin::id)).toList();
    rejectDuplicates(cells.stream().map(CellVar::id).toList(), "cell");
    rejectDuplicates(margins.stream().map(Margin::id).toList(), "margin");
    rejectUnknownCells(cells, margins);
  }

  public static MarginProblemBuilder builder() {
    return new MarginProblemBuilder();
  }

  private static void rejectDuplicates(List<String> ids, String kind) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new TreeSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        duplicates.add(id);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException(kind + " ids given twice: " + duplicates);
    }
  }

  private static void rejectUnknownCells(List<CellVar> cells, List<Margin> margins) {
    Set<String> known = new HashSet<>(cells.stream().map(CellVar::id).toList());
    List<String> problems = new ArrayList<>();
    for (Margin margin : margins) {
      Set<String> unknown = new TreeSet<>(margin.cellIds());
      unknown.removeAll(known);
      if (!unknown.isEmpty()) {
        problems.add(
            "margin " + margin.id() + " (" + margin.source() + ") names unknown cells " + unknown);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }
}
