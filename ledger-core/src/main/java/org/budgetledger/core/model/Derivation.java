package org.budgetledger.core.model;

/**
 * How a leg's amount was derived when no published table states it: the rule's name and the
 * published figures it used, so provenance can say "derived" and why.
 */
public record Derivation(String rule, String explanation) {
  public Derivation {
    rule = Codes.requireText(rule, "derivation rule");
    explanation = explanation == null ? "" : explanation;
  }
}
