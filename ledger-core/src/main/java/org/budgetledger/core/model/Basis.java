package org.budgetledger.core.model;

/** The approval behind an entry: the document (e.g. 关于追加2026年预算的批复) and its 文号. */
public record Basis(String document, String number) {
  public Basis {
    document = Codes.requireText(document, "basis document");
    number = Codes.requireText(number, "basis document number (文号)");
  }

  @Override
  public String toString() {
    return document + "（" + number + "）";
  }
}
