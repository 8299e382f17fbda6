package org.budgetledger.app.importer.plan;

import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.core.model.MoneyUnit;

/**
 * An amount of an import note in the unit the document states its budget in ({@link
 * DisclosureDocument#moneyUnit()}): 元 at 2 places for a document in 元 (Shanghai), else 万元 at 6 (the
 * fen exactly).
 */
final class MoneyText {
  private MoneyText() {}

  static String of(DisclosureDocument doc, long fen) {
    MoneyUnit unit = doc.moneyUnit();
    return unit.exact(fen) + " " + unit.label();
  }
}
