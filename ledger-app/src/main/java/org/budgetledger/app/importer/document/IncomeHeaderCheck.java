package org.budgetledger.app.importer.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * 收入总表 is read by position: after 合计 come 本年收入's 小计 and nine sources, then 上年结转结余's. A document
 * printing one column more or in another order (another fund source before 一般公共预算, its columns
 * swapped) would put every figure after it under the wrong source. The header's leaf row says which
 * source each column is: a cell naming a source at a column where the table does not print that
 * source is a problem naming the header line and the column, and the import is refused, never read
 * one column off.
 */
final class IncomeHeaderCheck {
  // the words that name a source, the longest first (事业单位经营收入 before 事业收入)
  private static final Map<String, Set<IncomeColumn>> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put(
        "一般公共预算", Set.of(IncomeColumn.GENERAL_BUDGET, IncomeColumn.CARRY_OVER_GENERAL_BUDGET));
    WORDS.put(
        "政府性基金", Set.of(IncomeColumn.GOVERNMENT_FUND, IncomeColumn.CARRY_OVER_GOVERNMENT_FUND));
    WORDS.put("国有资本经营", Set.of(IncomeColumn.STATE_CAPITAL, IncomeColumn.CARRY_OVER_STATE_CAPITAL));
    WORDS.put(
        "财政专户",
        Set.of(
            IncomeColumn.FISCAL_SPECIAL_ACCOUNT, IncomeColumn.CARRY_OVER_FISCAL_SPECIAL_ACCOUNT));
    WORDS.put("经营收入", Set.of(IncomeColumn.OPERATING_INCOME));
    WORDS.put("事业收入", Set.of(IncomeColumn.BUSINESS_INCOME));
    WORDS.put("上级补助", Set.of(IncomeColumn.SUPERIOR_SUBSIDY));
    WORDS.put("附属单位", Set.of(IncomeColumn.AFFILIATE_REMITTANCE));
    WORDS.put("其他收入", Set.of(IncomeColumn.OTHER_INCOME));
    WORDS.put("其它收入", Set.of(IncomeColumn.OTHER_INCOME));
    WORDS.put("单位资金", Set.of(IncomeColumn.CARRY_OVER_UNIT_FUNDS));
  }

  private IncomeHeaderCheck() {}

  /** Problems for the header's leaf row, whose 合计 is at column {@code offset}. */
  static void check(SourceLine leafRow, int offset, CellReader reader) {
    IncomeColumn[] columns = IncomeColumn.printed().toArray(IncomeColumn[]::new);
    List<String> cells = leafRow.cells();
    for (int i = offset + 1; i < cells.size(); i++) {
      String word = Texts.compact(cells.get(i));
      if (word.isEmpty()) {
        continue;
      }
      int at = i - offset - 1;
      for (Map.Entry<String, Set<IncomeColumn>> e : WORDS.entrySet()) {
        if (!word.contains(e.getKey())) {
          continue;
        }
        if (at >= columns.length || !e.getValue().contains(columns[at])) {
          reader.problem(
              leafRow,
              "第 " + (i + 1) + " 列",
              ProblemKind.HEADER_MISSING,
              word,
              "header cell '" + word + "' at column " + (i + 1) + " is not where 收入总表 prints it");
        }
        break;
      }
    }
  }
}
