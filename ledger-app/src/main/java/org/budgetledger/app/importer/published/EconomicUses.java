package org.budgetledger.app.importer.published;

import java.util.stream.Stream;
import org.budgetledger.app.importer.document.BasicExpenditureRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.GeneralBudgetBasic;
import org.budgetledger.app.importer.document.ProjectEconomicRow;
import org.budgetledger.app.importer.document.PublishedAmount;

/**
 * Whether the ledger determines a balance sheet's spending of one use by 部门经济分类 类 (Xi'an's
 * 1、人员经费和公用经费支出 / (1)工资福利支出 …): only where a table by economic code prints all of that use's money,
 * its 合计 equal to the balance sheet's figure of the use (基本支出: the 基本支出表 by economic code; 项目支出:
 * the 项目支出表 by economic code). Else some of it (a carry-over, a 政府性基金 printed by 类 only, money
 * other than 财政拨款) has no economic code in any table, and its 类 is not compared.
 */
final class EconomicUses {
  private EconomicUses() {}

  static boolean determined(DisclosureDocument document, String use, PublishedAmount printed) {
    if (printed == null || printed.value().isZero()) {
      return false;
    }
    Stream<PublishedAmount> totals =
        switch (use) {
          case "basic" ->
              Stream.of(document.generalBudgetBasic(), document.fiscalAppropriationBasic())
                  .filter(t -> t != null && t.total() != null)
                  .map(GeneralBudgetBasic::total)
                  .map(BasicExpenditureRow::total);
          case "project" ->
              Stream.ofNullable(document.generalBudgetProjectEconomic())
                  .filter(t -> t.total() != null)
                  .map(t -> t.total())
                  .map(ProjectEconomicRow::total);
          default -> Stream.empty();
        };
    return totals.anyMatch(t -> t != null && t.value().equals(printed.value()));
  }
}
