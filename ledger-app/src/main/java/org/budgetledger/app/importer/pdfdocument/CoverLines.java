package org.budgetledger.app.importer.pdfdocument;

/**
 * The cover lines of a PDF's canonical text that record its layout family: {@code 版式：shanghai9}
 * and, per canonical table, {@code 表题：KIND<TAB>title as printed}. The parser reads neither; the
 * rebuilt tables take the family's frame from them.
 */
public final class CoverLines {
  public static final String FAMILY = "版式：";
  public static final String TITLE = "表题：";

  private CoverLines() {}
}
