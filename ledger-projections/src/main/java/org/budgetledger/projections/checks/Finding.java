package org.budgetledger.projections.checks;

import java.util.List;
import org.budgetledger.core.model.Fen;

/**
 * One finding of one named rule: its family, its status, a sentence in Chinese saying what holds or
 * what is wrong, where it is, every figure involved (exact fen), and for a comparison of figures
 * the difference and how much rounding could explain ({@code toleranceFen}).
 */
public record Finding(
    String rule,
    CheckKind kind,
    CheckStatus status,
    String message,
    Place place,
    List<CheckFigure> figures,
    Fen difference,
    long toleranceFen) {
  public Finding {
    figures = List.copyOf(figures);
    difference = difference == null ? Fen.ZERO : difference;
  }

  /** A finding about wording or form: no figures. */
  public static Finding of(
      String rule, CheckKind kind, CheckStatus status, String message, Place place) {
    return new Finding(rule, kind, status, message, place, List.of(), Fen.ZERO, 0);
  }
}
