package org.budgetledger.app.cli;

import java.util.List;
import java.util.Optional;
import org.budgetledger.core.model.MoneyUnit;

/**
 * How a listing of amounts from several tables names their unit: once, in its header, when they
 * share one (a Beijing budget: 万元), else after each amount (a Shanghai budget: its tables in 元, its
 * 三公 table in 万元), so that no amount reads in a unit that is not its own.
 */
record SharedUnit(Optional<MoneyUnit> shared) {
  static SharedUnit of(List<MoneyUnit> units) {
    List<MoneyUnit> distinct = units.stream().distinct().toList();
    return new SharedUnit(distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty());
  }

  /** The header's words, with the shared unit when there is one. */
  String header(String words) {
    return shared.map(u -> words + " " + u.label()).orElse(words);
  }

  /** The amount exact in its unit, named after it when the header does not name it. */
  String exact(MoneyUnit unit, long fen) {
    return unit.exact(fen) + (shared.isPresent() ? "" : " " + unit.label());
  }

  String signedExact(MoneyUnit unit, long fen) {
    return (fen > 0 ? "+" : "") + exact(unit, fen);
  }
}
