package org.budgetledger.app.importer.reconstruction;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.budgetledger.core.model.Fen;

/**
 * A published figure that is the sum of some cells (勾稽: a table row, column or total): {@code |Σ
 * cells − publishedFen| ≤ toleranceFen}. The bound is inclusive, so a true sum exactly half a
 * display unit away (a tie, which half-up or half-even rounding may print either way) is accepted
 * on both sides.
 *
 * @param source where the figure is printed (document, table, row, column), for error messages
 */
public record Margin(
    String id,
    String description,
    Set<String> cellIds,
    long publishedFen,
    long toleranceFen,
    String source) {

  public Margin {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a margin needs an id");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("margin " + id + " needs a source (table, row, column)");
    }
    if (toleranceFen < 0) {
      throw new IllegalArgumentException("margin " + id + ": negative tolerance " + toleranceFen);
    }
    description = description == null ? "" : description;
    cellIds = Collections.unmodifiableSortedSet(new TreeSet<>(cellIds));
  }

  /** A figure printed to the fen (6 decimals of 万元), or an empty cell (exactly 0). */
  public static Margin exact(
      String id, String description, Set<String> cellIds, long publishedFen, String source) {
    return new Margin(id, description, cellIds, publishedFen, 0, source);
  }

  /** A figure printed in 万元 rounded to {@code decimals} places: off by at most half a unit. */
  public static Margin rounded(
      String id,
      String description,
      Set<String> cellIds,
      long publishedFen,
      int decimals,
      String source) {
    return rounded(id, description, cellIds, publishedFen, decimals, 1, source);
  }

  /**
   * The sum of {@code terms} figures each printed in 万元 rounded to {@code decimals} places (a
   * department's code added up over its units): off by at most half a unit per term.
   */
  public static Margin rounded(
      String id,
      String description,
      Set<String> cellIds,
      long publishedFen,
      int decimals,
      int terms,
      String source) {
    long half = Fen.displayUnitFen(decimals) / 2;
    return new Margin(
        id, description, cellIds, publishedFen, Math.multiplyExact(half, terms), source);
  }

  public boolean isExact() {
    return toleranceFen == 0;
  }

  public long lowerFen() {
    return Math.subtractExact(publishedFen, toleranceFen);
  }

  public long upperFen() {
    return Math.addExact(publishedFen, toleranceFen);
  }

  /** How many fen {@code sumFen} lies outside the allowed range; 0 when the margin is met. */
  public long excessFen(long sumFen) {
    if (sumFen > upperFen()) {
      return Math.subtractExact(sumFen, upperFen());
    }
    return sumFen < lowerFen() ? Math.subtractExact(lowerFen(), sumFen) : 0;
  }

  /** E.g. {@code 1.210000 万元 ± 5000 分 (预算03表 …)}: the figure, its tolerance and its place. */
  public String describeFigure() {
    String tolerance = isExact() ? " exactly" : " ± " + toleranceFen + " 分";
    return Fen.of(publishedFen).formatWan(6) + " 万元" + tolerance + " (" + source + ")";
  }
}
