package org.budgetledger.app.checks;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.checks.CheckFigure;
import org.budgetledger.projections.checks.Finding;
import org.budgetledger.projections.checks.Place;

/**
 * A finding as REST and {@code --json} give it: the finding itself, its place in words, and for a
 * cell of an imported budget the REST path of the cell's provenance (the legs behind it).
 */
public record FindingView(
    String rule,
    String status,
    String statusChinese,
    String message,
    Place place,
    String placeText,
    List<CheckFigure> figures,
    Fen difference,
    long toleranceFen,
    String provenance) {

  static FindingView of(Finding f, String budgetId) {
    return new FindingView(
        f.rule(),
        f.status().name(),
        f.status().chinese(),
        f.message(),
        f.place(),
        f.place().describe(),
        f.figures(),
        f.difference(),
        f.toleranceFen(),
        provenance(budgetId, f.place()));
  }

  /** {@code /api/budgets/2026-201/tables/expenditure-summary/cells/{row}/{column}/trace}. */
  static String provenance(String budgetId, Place place) {
    if (budgetId == null || !place.isCell()) {
      return null;
    }
    return "/api/budgets/"
        + budgetId
        + "/tables/"
        + place.table().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + "/cells/"
        + encode(place.rowKey())
        + "/"
        + encode(place.columnKey())
        + "/trace";
  }

  private static String encode(String segment) {
    return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
