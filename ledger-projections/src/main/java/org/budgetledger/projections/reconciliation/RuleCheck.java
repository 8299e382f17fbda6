package org.budgetledger.projections.reconciliation;

import java.util.List;
import org.budgetledger.core.model.Fen;

/**
 * One reconciliation check: rule {@code rule} of DOMAIN §5 (1-8; rule 9, rounding, decides between
 * {@link RuleStatus#ROUNDING} and {@link RuleStatus#FAIL} in all of them), what it states, the sums
 * of its two sides, their difference (left − right), and for rounding the number n of rounded
 * figures and the tolerance n × half a display unit, in fen. The figures of each side are listed so
 * that a reader can find every one in the document.
 */
public record RuleCheck(
    int rule,
    String statement,
    RuleStatus status,
    Fen left,
    Fen right,
    Fen difference,
    int roundedTerms,
    long toleranceFen,
    List<RuleFigure> leftFigures,
    List<RuleFigure> rightFigures,
    String note) {
  public RuleCheck {
    leftFigures = List.copyOf(leftFigures);
    rightFigures = List.copyOf(rightFigures);
    note = note == null ? "" : note;
  }

  /**
   * Left = right, judged by rule 9: equal fen pass; otherwise n is the larger count of non-zero
   * figures on one side printed coarser than 1 分, the unit that of the coarsest of them, and a
   * difference up to n half units is rounding. Exact figures allow no difference at all.
   */
  public static RuleCheck of(
      int rule, String statement, List<RuleFigure> left, List<RuleFigure> right) {
    Fen l = sum(left);
    Fen r = sum(right);
    Fen difference = l.minus(r);
    int n = Math.max(rounded(left), rounded(right));
    int coarsest =
        java.util.stream.Stream.concat(left.stream(), right.stream())
            .filter(f -> !f.amount().isZero() && f.decimals() < Rounding.EXACT_DECIMALS)
            .mapToInt(RuleFigure::decimals)
            .min()
            .orElse(Rounding.EXACT_DECIMALS);
    long tolerance = Rounding.toleranceFen(n, coarsest);
    RuleStatus status =
        difference.isZero()
            ? RuleStatus.PASS
            : Math.abs(difference.value()) <= tolerance ? RuleStatus.ROUNDING : RuleStatus.FAIL;
    return new RuleCheck(rule, statement, status, l, r, difference, n, tolerance, left, right, "");
  }

  /** A summary of row-by-row checks that all passed: one line instead of one per row. */
  public static RuleCheck allRowsPass(int rule, String statement, int rows) {
    return new RuleCheck(
        rule,
        statement,
        RuleStatus.PASS,
        Fen.ZERO,
        Fen.ZERO,
        Fen.ZERO,
        0,
        0,
        List.of(),
        List.of(),
        "逐行检查 " + rows + " 行，全部相符");
  }

  private static Fen sum(List<RuleFigure> figures) {
    return figures.stream().map(RuleFigure::amount).reduce(Fen.ZERO, Fen::plus);
  }

  private static int rounded(List<RuleFigure> figures) {
    // a figure printed as a sum of n rounded figures counts n
    return figures.stream()
        .filter(f -> !f.amount().isZero() && f.decimals() < Rounding.EXACT_DECIMALS)
        .mapToInt(RuleFigure::terms)
        .sum();
  }
}
