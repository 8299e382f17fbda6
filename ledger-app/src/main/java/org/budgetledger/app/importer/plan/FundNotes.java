package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.SpendingLeg;

/**
 * What the import report says about fund sources: the spending each source pays, the grain at which
 * non-fiscal money is recorded when the document does not name its source per line, and the 年终结转结余
 * kept unspent.
 */
final class FundNotes {
  private FundNotes() {}

  static List<String> of(
      DisclosureDocument doc, String department, List<SpendingLeg> spending, long yearEndFen) {
    Map<FundSource, Long> bySource = new EnumMap<>(FundSource.class);
    spending.forEach(l -> bySource.merge(l.key().fundSource(), l.amount().value(), Math::addExact));
    List<String> notes = new ArrayList<>();
    if (bySource.keySet().stream().anyMatch(f -> f != FundSource.GENERAL_BUDGET)) {
      notes.add(
          "spending by fund source: "
              + bySource.entrySet().stream()
                  .map(e -> e.getKey().chinese() + " " + Fen.of(e.getValue()).formatWan(6) + " 万元")
                  .collect(Collectors.joining(", ")));
    }
    if (bySource.containsKey(FundSource.NON_FISCAL)) {
      String sources =
          DocumentFunds.printed(DocumentFunds.departmentRow(doc, department)).entrySet().stream()
              .filter(e -> DocumentFunds.nonFiscal(e.getKey().fund()))
              .map(
                  e ->
                      e.getKey().origin().chinese()
                          + " "
                          + e.getKey().fund().chinese()
                          + " "
                          + e.getValue().text())
              .collect(Collectors.joining(", "));
      notes.add(
          "非财政拨款资金 "
              + Fen.of(bySource.get(FundSource.NON_FISCAL)).formatWan(6)
              + " 万元: the document's income other than 财政拨款 has several sources ("
              + sources
              + ") and no table says which of them pays which line; those lines carry 非财政拨款资金"
              + " (derivation NON_FISCAL_UNSPLIT), determined by 类 (收支总表 less 财政拨款收支总表),"
              + " by 基本/项目 where 部门整体支出绩效目标表 prints 其他资金, and to the line only where the"
              + " other tables leave one choice");
    }
    if (yearEndFen != 0) {
      notes.add(
          "年终结转结余 "
              + Fen.of(yearEndFen).formatWan(6)
              + " 万元 (收支总表): income the"
              + " budget keeps unspent; the 年初预算 records income exceeding its spending by it");
    }
    return notes;
  }
}
