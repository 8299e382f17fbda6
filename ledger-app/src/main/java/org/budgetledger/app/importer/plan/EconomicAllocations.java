package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.importer.document.BasicSummaryRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EconomicAllocation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;

/**
 * The rows a 基本支出总表 prints by unit and 部门经济分类 类 or 款 as allocations (unit × code × fund source, as
 * printed): each source column with money one allocation at the figure printed. 财政拨款 is the sum of
 * its three funds and the 合计 that of all sources, so neither is recorded apart; 其他资金 is money of
 * sources the table does not name ({@link FundSource#NON_FISCAL}). What the 合计 holds beyond the
 * columns printed (a column the canonical table has no place for, Shenzhen's 上年结余、结转) is recorded
 * without a source, so the row's 合计 is the table's. No table gives this money a function code, so
 * it is held at this grain, beside the lines, and never a margin of their split: the rules check it
 * against each unit's row, which the lines rebuild. Where the lines sit on none of the units named,
 * the rows are the units' money itself ({@link BasicAllocations}) and nothing is recorded here.
 */
final class EconomicAllocations {
  /** The source of each figure of {@link BasicSummaryRow#COLUMNS} recorded; null: not recorded. */
  private static final List<FundSource> SOURCES =
      java.util.Arrays.asList(
          null,
          null,
          FundSource.GENERAL_BUDGET,
          FundSource.GOVERNMENT_FUND,
          FundSource.STATE_CAPITAL,
          FundSource.FISCAL_SPECIAL_ACCOUNT,
          FundSource.NON_FISCAL);

  private EconomicAllocations() {}

  /** {@code unitsWithLines}: the codes of the units the solved lines sit on. */
  static List<EconomicAllocation> of(DisclosureDocument doc, Set<String> unitsWithLines) {
    List<EconomicAllocation> out = new ArrayList<>();
    if (doc.basicExpenditureSummary() == null
        || doc.basicExpenditureSummary().rows().stream()
            .noneMatch(r -> r.unit() != null && unitsWithLines.contains(r.unit().code()))) {
      return out;
    }
    for (BasicSummaryRow r : doc.basicExpenditureSummary().rows()) {
      if (r.unit() == null || r.economicClass() == null) {
        continue;
      }
      DeptEconomicCode code = DeptEconomicCode.of(r.economicClass().code());
      Fen sources = Fen.ZERO;
      for (int i = 0; i < SOURCES.size(); i++) {
        Fen amount = figure(r.figures().get(i));
        if (SOURCES.get(i) != null && !amount.isZero()) {
          out.add(new EconomicAllocation(r.unit().code(), code, false, SOURCES.get(i), amount));
          sources = sources.plus(amount);
        }
      }
      Fen rest = figure(r.figures().get(0)).minus(sources);
      if (!rest.isZero()) {
        out.add(new EconomicAllocation(r.unit().code(), code, false, null, rest));
      }
    }
    return out;
  }

  private static Fen figure(PublishedAmount amount) {
    return amount == null || amount.notPrinted() ? Fen.ZERO : amount.value();
  }
}
