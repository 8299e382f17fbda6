package org.budgetledger.app.importer.document;

/**
 * A budget unit (预算单位) as the document shows it: numbered 1..n in document order, with its code and
 * name where printed (null where not: the municipal format names no units).
 */
public record DocumentUnit(int ordinal, String code, String name, int lineNo) {

  public boolean isNamed() {
    return name != null;
  }
}
