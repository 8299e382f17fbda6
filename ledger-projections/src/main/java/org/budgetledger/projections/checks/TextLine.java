package org.budgetledger.projections.checks;

/**
 * One line of a document's narrative (部门概况, 情况说明, 名词解释 …): its 1-based line in the extracted text,
 * its PDF page (0 when the source has no pages) and its text.
 */
public record TextLine(int lineNo, int page, String text) {
  public TextLine {
    text = text == null ? "" : text;
  }
}
