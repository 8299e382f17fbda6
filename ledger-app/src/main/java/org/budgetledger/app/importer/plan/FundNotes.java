package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.SpendingLeg;

/**
 * What the import report says about fund sources: the spending each source pays, the grain at which
 * non-fiscal money is recorded when the document does not name its source per line, and the 年终结转结余
 * kept unspent; amounts in the document's own unit ({@link MoneyText}).
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
          "支出按资金来源："
              + bySource.entrySet().stream()
                  .map(e -> e.getKey().chinese() + " " + MoneyText.of(doc, e.getValue()))
                  .collect(Collectors.joining("，")));
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
              + MoneyText.of(doc, bySource.get(FundSource.NON_FISCAL))
              + "：财政拨款以外的收入有多个来源（"
              + sources
              + "），没有一张表说明哪一来源支付哪一行；这些行记为非财政拨款资金"
              + "（推导 NON_FISCAL_UNSPLIT），按类确定（收支总表减财政拨款收支总表），"
              + "部门整体支出绩效目标表列有其他资金时按基本/项目确定，"
              + "只有其他表只留一种可能时才落到行"
              + (doc.incomeSummary() != null && !doc.incomeSummary().functionRows().isEmpty()
                  ? "；收入总表按功能科目只列一种非财政拨款来源的科目，其非财政拨款支出记为该来源，" + "未列非财政拨款来源的科目不由非财政拨款支付"
                  : ""));
    }
    uncomparedByFunction(doc, spending).ifPresent(notes::add);
    if (bySource.containsKey(FundSource.GENERAL_BUDGET_CARRY_OVER)) {
      notes.add(
          "上年结转一般公共预算 "
              + MoneyText.of(doc, bySource.get(FundSource.GENERAL_BUDGET_CARRY_OVER))
              + "：一般公共预算支出表只列本年一般公共预算，上年结转按类由财政拨款收支总表减一般公共预算支出表确定"
              + "（推导 CARRY_OVER_BY_CLASS）；一类中还有其他来源时，各项之间的分配是满足全部公开数字的一种");
    }
    if (bySource.containsKey(FundSource.FISCAL_CARRY_OVER)) {
      notes.add(
          "上年结转财政拨款（资金性质未列示） "
              + MoneyText.of(doc, bySource.get(FundSource.FISCAL_CARRY_OVER))
              + "：财政拨款收支总表列有上年结转，未按一般公共预算、政府性基金、国有资本经营列示，收入总表的上年结转也不分资金性质；"
              + "账本记为性质未列示的财政拨款结转，按类由财政拨款收支总表减一般公共预算支出表等按功能分类的表确定"
              + "（推导 CARRY_OVER_BY_CLASS），不猜测资金性质");
    }
    if (yearEndFen != 0) {
      notes.add(
          "年终结转结余 " + MoneyText.of(doc, yearEndFen) + "（收支总表）：预算留作结转结余的收入；" + "年初预算记录的收入比支出多出此数");
    }
    return notes;
  }

  /**
   * The non-fiscal figures of a 收入总表 by 功能科目 that are not compared: those of a row whose code's
   * spending the ledger records as 非财政拨款资金, which holds no figure per source there.
   */
  private static java.util.Optional<String> uncomparedByFunction(
      DisclosureDocument doc, List<SpendingLeg> spending) {
    if (doc.incomeSummary() == null) {
      return java.util.Optional.empty();
    }
    List<String> lumped =
        spending.stream()
            .filter(l -> l.key().fundSource() == FundSource.NON_FISCAL)
            .filter(l -> l.key().function() != null)
            .map(l -> l.key().function().value())
            .distinct()
            .toList();
    int rows = 0;
    int figures = 0;
    for (var row : doc.incomeSummary().functionRows()) {
      if (lumped.stream().noneMatch(f -> f.startsWith(row.code()))) {
        continue;
      }
      long count =
          DocumentFunds.printed(row).keySet().stream()
              .filter(source -> DocumentFunds.nonFiscal(source.fund()))
              .count();
      if (count > 0) {
        rows++;
        figures += (int) count;
      }
    }
    if (figures == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "收入总表按功能科目列示的 "
            + rows
            + " 行中 "
            + figures
            + " 个非财政拨款来源金额未比较：这些科目的支出记为非财政拨款资金，账本不分来源；"
            + "其合计与财政拨款各栏照常比较");
  }
}
