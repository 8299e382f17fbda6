package org.budgetledger.projections.tables.document;

import java.util.NoSuchElementException;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;

/**
 * A table asked of a budget whose family does not publish it (Shanghai's 政府采购预算明细表): the budget
 * shows its family's tables only, so there is no such table to show.
 */
public class TableNotPublishedException extends NoSuchElementException {
  public TableNotPublishedException(TableKind kind, FamilyLayout family) {
    super(
        FamilyLayout.NOT_PUBLISHED
            + "："
            + kind.chinese()
            + "（"
            + family.family()
            + " 公开 "
            + String.join(
                " ", family.frames().values().stream().map(FamilyLayout.Frame::number).toList())
            + "）");
  }
}
