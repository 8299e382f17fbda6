package org.budgetledger.app.importer.layout;

import java.util.List;

/**
 * A header word for a canonical measure: the column key the canonical tables use ({@code
 * GENERAL_BUDGET}, {@code carryOver:GENERAL_BUDGET}, {@code basic}, {@code personnel} …) and the
 * labels that mean it, optionally only under one of the {@code under} header cells (上年结转 一般公共预算 is
 * not this year's 一般公共预算).
 */
public record MeasureRule(String key, List<String> labels, List<String> under) {
  public MeasureRule {
    labels = labels.stream().map(Texts::normalize).toList();
    under = under == null ? List.of() : under.stream().map(Texts::normalize).toList();
  }

  boolean matchesLeaf(String normalizedLeaf) {
    return labels.contains(normalizedLeaf);
  }

  boolean matchesParents(List<String> normalizedParents) {
    return under.isEmpty() || normalizedParents.stream().anyMatch(under::contains);
  }
}
