package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks of the same statement over many rows: reported one by one when any differs, else as one
 * passing line, so that a clean table does not bury the findings of another.
 */
final class RowChecks {
  private final int rule;
  private final String statement;
  private final List<RuleCheck> checks = new ArrayList<>();

  RowChecks(int rule, String statement) {
    this.rule = rule;
    this.statement = statement;
  }

  void add(String where, List<RuleFigure> left, List<RuleFigure> right) {
    checks.add(RuleCheck.of(rule, statement + "（" + where + "）", left, right));
  }

  void addTo(List<RuleCheck> out) {
    List<RuleCheck> differing = checks.stream().filter(c -> c.status() != RuleStatus.PASS).toList();
    if (differing.isEmpty()) {
      if (!checks.isEmpty()) {
        out.add(RuleCheck.allRowsPass(rule, statement, checks.size()));
      }
    } else {
      out.addAll(differing);
    }
  }
}
