package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects cells and margins for a {@link MarginProblem}; ids are checked when building. */
public final class MarginProblemBuilder {

  private final List<CellVar> cells = new ArrayList<>();
  private final List<Margin> margins = new ArrayList<>();

  MarginProblemBuilder() {}

  public MarginProblemBuilder cell(String id) {
    return cell(CellVar.of(id));
  }

  public MarginProblemBuilder cell(CellVar cell) {
    cells.add(cell);
    return this;
  }

  public MarginProblemBuilder cells(Collection<String> ids) {
    ids.forEach(this::cell);
    return this;
  }

  public MarginProblemBuilder fixedZero(String id) {
    return cell(CellVar.fixedZero(id));
  }

  public MarginProblemBuilder margin(Margin margin) {
    margins.add(margin);
    return this;
  }

  /** A figure known to the fen; an empty published cell is {@code exact(…, 0, …)}. */
  public MarginProblemBuilder exact(
      String id, String source, long publishedFen, Collection<String> cellIds) {
    return margin(Margin.exact(id, "", set(cellIds), publishedFen, source));
  }

  /** A figure printed in 万元 with {@code decimals} places (2 in the district documents). */
  public MarginProblemBuilder rounded(
      String id, String source, long publishedFen, int decimals, Collection<String> cellIds) {
    return margin(Margin.rounded(id, "", set(cellIds), publishedFen, decimals, source));
  }

  public MarginProblem build() {
    return new MarginProblem(cells, margins);
  }

  private static Set<String> set(Collection<String> ids) {
    return new LinkedHashSet<>(ids);
  }
}
