package org.budgetledger.app.importer.plan;

import java.util.stream.Stream;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeExpenditureTable;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.Fen;

/**
 * An amount of an import note in the unit the document states its budget in, the unit of its 收支总表:
 * 元 at 2 places for a document in 元 (Shanghai), else 万元 at 6 (the fen exactly).
 */
final class MoneyText {
  private MoneyText() {}

  static String of(DisclosureDocument doc, long fen) {
    return inYuan(doc) ? Fen.of(fen).formatYuan(2) + " 元" : Fen.of(fen).formatWan(6) + " 万元";
  }

  private static boolean inYuan(DisclosureDocument doc) {
    IncomeExpenditureTable sheet = doc.incomeExpenditureSummary();
    if (sheet == null) {
      return false;
    }
    return Stream.of(
            sheet.incomeGrandTotal(),
            sheet.incomeThisYear(),
            sheet.spendingGrandTotal(),
            sheet.spendingThisYear())
        .filter(a -> a != null && !a.notPrinted())
        .findFirst()
        .map(PublishedAmount::inYuan)
        .orElse(false);
  }
}
