package org.budgetledger.projections.tables.basicexpendituresummary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.ViewSums;

/**
 * Basic money a budget keeps off the units that spend it: where the document gives income of its
 * other sources for the whole department only (收入按整个部门记录), the lines those sources pay sit on the
 * unit holding that income, which pays no 财政拨款 basic money itself. Which printed unit spends it no
 * table says, so a unit's figures that would include it (its 总计, 财政专户, 其他资金) are not determined.
 */
final class OffUnitMoney {
  private OffUnitMoney() {}

  /** The columns that include money of sources other than 财政拨款. */
  static Set<FundColumns> nonFiscal() {
    Set<FundColumns> columns = EnumSet.noneOf(FundColumns.class);
    Arrays.stream(FundColumns.values()).filter(c -> !c.fiscalOnly()).forEach(columns::add);
    return columns;
  }

  /**
   * 财政专户 and 其他资金 where the budget records basic money of several non-fiscal sources as one ({@link
   * FundSource#NON_FISCAL}) and 财政专户 is among them (it has such income): neither column is
   * determined; none otherwise (without 财政专户 income, all of it is 其他资金).
   */
  static Set<FundColumns> lumped(BudgetView view, LegFilter basic) {
    boolean lumped =
        !ViewSums.of(view, basic.fundSources(FundSource.NON_FISCAL)).isZero()
            && !ViewSums.of(view, LegFilter.income().fundSources(FundSource.FISCAL_SPECIAL_ACCOUNT))
                .isZero();
    return lumped
        ? EnumSet.of(FundColumns.SPECIAL_ACCOUNT, FundColumns.OTHER)
        : EnumSet.noneOf(FundColumns.class);
  }

  /** The units holding basic money of other sources and none of 财政拨款. */
  static Set<String> holders(BudgetView view, LegFilter basic) {
    Set<String> fiscal = new HashSet<>();
    Set<String> other = new HashSet<>();
    for (LineBalance line : view.lines()) {
      if (line.amount().isZero() || !basic.matches(line.key())) {
        continue;
      }
      String unit = line.key().unit().value();
      (line.key().fundSource().isFiscalAppropriation() ? fiscal : other).add(unit);
    }
    other.removeAll(fiscal);
    return other;
  }
}
