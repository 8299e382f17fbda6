package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the ruled tables of a page (the lattice approach): rules that cross or touch form one
 * table; its row and column boundaries are the positions of its rules; two neighbouring grid
 * squares belong to one cell when no rule separates them.
 */
final class LatticeFinder {
  private static final double MEET_TOLERANCE = 2.5;

  /** Boundaries closer than this are one (double lines, rules drawn slightly off). */
  private static final double BOUNDARY_TOLERANCE = 3.0;

  private LatticeFinder() {}

  static List<Lattice> find(List<Ruling> merged) {
    List<Lattice> lattices = new ArrayList<>();
    for (List<Ruling> component : components(merged)) {
      Lattice lattice = build(component);
      if (lattice != null) {
        lattices.add(lattice);
      }
    }
    lattices.sort((a, b) -> Double.compare(a.top(), b.top()));
    return lattices;
  }

  /** Groups the rules into sets that touch one another (union-find over crossings). */
  private static List<List<Ruling>> components(List<Ruling> rulings) {
    UnionFind sets = new UnionFind(rulings.size());
    for (int i = 0; i < rulings.size(); i++) {
      for (int j = i + 1; j < rulings.size(); j++) {
        Ruling a = rulings.get(i);
        Ruling b = rulings.get(j);
        if (a.horizontal() != b.horizontal() && a.meets(b, MEET_TOLERANCE)) {
          sets.union(i, j);
        }
      }
    }
    Map<Integer, List<Ruling>> groups = new HashMap<>();
    for (int i = 0; i < rulings.size(); i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(rulings.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static Lattice build(List<Ruling> rules) {
    List<Ruling> horizontals = rules.stream().filter(Ruling::horizontal).toList();
    List<Ruling> verticals = rules.stream().filter(r -> !r.horizontal()).toList();
    if (horizontals.size() < 2 || verticals.size() < 2) {
      return null;
    }
    double left = verticals.stream().mapToDouble(Ruling::position).min().orElseThrow();
    double right = verticals.stream().mapToDouble(Ruling::position).max().orElseThrow();
    double top = horizontals.stream().mapToDouble(Ruling::position).min().orElseThrow();
    double bottom = horizontals.stream().mapToDouble(Ruling::position).max().orElseThrow();
    double ruledTop = verticals.stream().mapToDouble(Ruling::start).min().orElseThrow();
    double ruledBottom = verticals.stream().mapToDouble(Ruling::end).max().orElseThrow();
    double ruledLeft = horizontals.stream().mapToDouble(Ruling::start).min().orElseThrow();
    double ruledRight = horizontals.stream().mapToDouble(Ruling::end).max().orElseThrow();
    boolean openTop = ruledTop < top - BOUNDARY_TOLERANCE;
    boolean openBottom = ruledBottom > bottom + BOUNDARY_TOLERANCE;
    double[] xs = extend(boundaries(verticals, left, right), ruledLeft, ruledRight);
    double[] ys = extend(boundaries(horizontals, top, bottom), ruledTop, ruledBottom);
    if (xs.length < 3 && ys.length < 3) {
      return null; // a box around text (a frame, a title box), not a table
    }
    if (xs.length < 2 || ys.length < 2) {
      return null;
    }
    return new Lattice(
        xs, ys, CellMerger.cells(xs, ys, horizontals, verticals), openTop, openBottom);
  }

  /**
   * Adds the ends of the crossing rules as outer boundaries where they reach beyond the last rule:
   * a table drawn without side borders, or a row cut open by the page break, is still a table.
   */
  private static double[] extend(double[] bounds, double min, double max) {
    List<Double> out = new ArrayList<>();
    if (min < bounds[0] - BOUNDARY_TOLERANCE) {
      out.add(min);
    }
    for (double b : bounds) {
      out.add(b);
    }
    if (max > bounds[bounds.length - 1] + BOUNDARY_TOLERANCE) {
      out.add(max);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The distinct positions of the rules within [min, max], nearby ones joined. */
  private static double[] boundaries(List<Ruling> rules, double min, double max) {
    double[] positions =
        rules.stream()
            .mapToDouble(Ruling::position)
            .filter(p -> p >= min - 1 && p <= max + 1)
            .sorted()
            .toArray();
    List<Double> out = new ArrayList<>();
    double sum = positions[0];
    int count = 1;
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] - positions[i - 1] <= BOUNDARY_TOLERANCE) {
        sum += positions[i];
        count++;
      } else {
        out.add(sum / count);
        sum = positions[i];
        count = 1;
      }
    }
    out.add(sum / count);
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
