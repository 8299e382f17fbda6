package org.budgetledger.app.importer.reconstruction;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The published margins admit no set of fine lines in fen, or the solver could not find one: the
 * message lists every margin that is missed, with where it is printed. Never replaced by a
 * best-effort answer, because the importer must report what it cannot reconstruct (DOMAIN §6).
 */
public class ReconstructionException extends RuntimeException {

  private final transient List<MarginViolation> violations;

  public ReconstructionException(String summary, List<MarginViolation> violations) {
    super(
        summary
            + violations.stream().map(v -> "\n  - " + v.describe()).collect(Collectors.joining()));
    this.violations = List.copyOf(violations);
  }

  public List<MarginViolation> violations() {
    return violations;
  }
}
