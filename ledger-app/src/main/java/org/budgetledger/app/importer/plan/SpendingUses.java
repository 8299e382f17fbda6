package org.budgetledger.app.importer.plan;

import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeExpenditureTable;
import org.budgetledger.app.importer.document.SummaryItem;
import org.budgetledger.core.model.ExpenditureKind;

/**
 * Spending by use as a balance sheet prints it (基本支出, 项目支出, 单位预留机动经费 in place of or beside the 类):
 * the kinds of line each row covers, and whether a document sets money aside as a reserve.
 */
final class SpendingUses {
  private static final Map<String, Predicate<ExpenditureKind>> USES =
      Map.of(
          "基本支出",
          ExpenditureKind::isBasic,
          "项目支出",
          ExpenditureKind::isProject,
          ExpenditureKind.RESERVE.chinese(),
          k -> k == ExpenditureKind.RESERVE);

  private SpendingUses() {}

  /** The kinds a spending row of that label covers, null when it names no use. */
  static Predicate<ExpenditureKind> kinds(String label) {
    return USES.get(label.replaceAll("\\s", "").replaceFirst("^[一二三四五六七八九十]+、", ""));
  }

  /**
   * Whether a balance sheet spends on 单位预留机动经费: only then may a line be of that kind (no table by
   * function prints it, so it is never a kind of its own without this figure).
   */
  static boolean printsReserve(DisclosureDocument doc) {
    return Stream.of(doc.incomeExpenditureSummary(), doc.fiscalAppropriationSummary())
        .filter(t -> t != null)
        .map(IncomeExpenditureTable::spendingByClass)
        .flatMap(java.util.List::stream)
        .filter(i -> LineGrid.present(i.amount()))
        .map(SummaryItem::label)
        .anyMatch(l -> kinds(l) != null && kinds(l).test(ExpenditureKind.RESERVE));
  }
}
