package org.budgetledger.app.importer.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.Fen;

/** Says for each reconstructed leg how its amount was derived, for provenance. */
final class LegDerivations {
  private LegDerivations() {}

  static Derivation of(LineCell cell, List<LineCell> all, Map<String, Long> values, int decimals,
      long gapFen) {
    if (cell.gap()) {
      return new Derivation("GAP_RESIDUAL", "预算03表 合计 exceeds the rows the document's text"
          + " contains by " + Fen.of(gapFen).formatWan(6) + " 万元; 收支总表 places it in 类 "
          + cell.classCode() + ". The missing rows' units and economic codes are unknown.");
    }
    List<LineCell> siblings = all.stream().filter(c -> !c.gap()
        && c.expenditureRow().equals(cell.expenditureRow())
        && c.kind().isBasic() == cell.kind().isBasic()).toList();
    String row = "预算03表 row " + cell.expenditureRow() + " (" + cell.kind().chinese() + ")";
    if (siblings.size() > 1) {
      String units = siblings.stream().map(LineCell::unit).collect(Collectors.joining(", "));
      return new Derivation("SPLIT_ACROSS_UNITS", row + " split over units " + units
          + " so that 一般公共预算支出表, 基本支出表 and every total hold"
          + (decimals < 6 ? " within their rounding to " + decimals + " decimals" : ""));
    }
    if (decimals < 6) {
      return new Derivation("UNROUNDED", row + ", printed to " + decimals + " decimals: exact fen"
          + " chosen so that every table's figures round to what was printed; unit " + cell.unit()
          + " is the only one with this function and kind in 一般公共预算支出表");
    }
    return new Derivation("SINGLE_UNIT", row + " as printed; unit " + cell.unit()
        + " is the only one with this function and kind in 一般公共预算支出表");
  }
}
