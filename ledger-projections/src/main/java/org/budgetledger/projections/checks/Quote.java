package org.budgetledger.projections.checks;

import org.budgetledger.core.model.Fen;

/**
 * An amount the narrative quotes: the words before it in its clause ({@code label}, spaces
 * removed), the amount in fen and the decimals of 万元 it is known to (元 with d decimals: d + 4), the
 * sentence up to it ({@code lead}, for a label as bare as 预算总额), the unit printed, its clause and
 * sentence, where it is, and how the sentence uses it: as a comparison with another year ({@code
 * comparison}), or as an item of a list introduced by 其中 or 包括 ({@code listId} &gt; 0; -1 for a
 * sub-item in brackets).
 */
record Quote(
    String label,
    String lead,
    Fen amount,
    int decimals,
    String unit,
    String printed,
    String clause,
    String sentence,
    Paragraph paragraph,
    int offset,
    boolean comparison,
    int listId) {

  Place place() {
    return Place.line(paragraph.lineAt(offset));
  }

  CheckFigure figure(String what) {
    return new CheckFigure("情况说明 " + what + " " + printed + " " + unit, amount, decimals, place());
  }
}
