package org.budgetledger.app.importer.reconstruction;

/**
 * One unknown of a {@link MarginProblem}: the fen amount of a finest-grain budget line (e.g. unit ×
 * function × economic codes × basic personnel / basic public / project), never negative.
 *
 * @param id stable text key, usually {@code LineKey.canonical()}; the solver orders cells by it
 * @param upperBoundFen the largest amount the cell may take; 0 fixes it at zero, {@link #UNBOUNDED}
 *     leaves it free
 */
public record CellVar(String id, long upperBoundFen) {

  public static final long UNBOUNDED = Long.MAX_VALUE;

  public CellVar {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a cell needs an id");
    }
    if (upperBoundFen < 0) {
      throw new IllegalArgumentException(
          "cell "
              + id
              + ": upper bound "
              + upperBoundFen
              + " fen is negative, but cells are never negative");
    }
  }

  public static CellVar of(String id) {
    return new CellVar(id, UNBOUNDED);
  }

  /** A cell the document shows as empty, or that cannot exist (e.g. 人员经费 on a 302 code). */
  public static CellVar fixedZero(String id) {
    return new CellVar(id, 0);
  }

  public boolean isBounded() {
    return upperBoundFen != UNBOUNDED;
  }
}
