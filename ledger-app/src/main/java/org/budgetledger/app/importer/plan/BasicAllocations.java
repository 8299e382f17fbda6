package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.importer.document.BasicSummaryRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.BasicAllocation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;

/**
 * A printed 基本支出总表's units as allocations (unit × 类 × fund source), where the document's lines sit
 * on none of the units it names (Guangzhou's 表5 prints no unit): no line then holds a unit's basic
 * money and no table gives that money a function code, so it is recorded at the grain printed, each
 * source column with money one allocation at the figure printed. 合计 and 财政拨款 are sums of those
 * columns, so they are not recorded but rebuilt and compared; a unit's row is the sum of its 类 rows
 * and is recorded only where the unit prints none. Where some named unit holds lines, the table's
 * figures are margins of them instead ({@link BasicSummaryMargins}) and nothing is allocated.
 */
final class BasicAllocations {
  /** The leaf fund columns, by their index in {@link BasicSummaryRow#COLUMNS}. */
  private static final FundSource[] SOURCES = {
    null,
    null,
    FundSource.GENERAL_BUDGET,
    FundSource.GOVERNMENT_FUND,
    FundSource.STATE_CAPITAL,
    FundSource.FISCAL_SPECIAL_ACCOUNT,
    FundSource.NON_FISCAL
  };

  private BasicAllocations() {}

  /** {@code unitsWithLines}: the codes of the units the solved lines sit on. */
  static List<BasicAllocation> of(DisclosureDocument doc, Set<String> unitsWithLines) {
    if (doc.basicExpenditureSummary() == null) {
      return List.of();
    }
    List<BasicSummaryRow> rows =
        doc.basicExpenditureSummary().rows().stream().filter(r -> r.unit() != null).toList();
    if (rows.stream().anyMatch(r -> unitsWithLines.contains(r.unit().code()))) {
      return List.of();
    }
    List<BasicAllocation> out = new ArrayList<>();
    for (BasicSummaryRow row : rows) {
      boolean unitRow = row.economicClass() == null;
      if (unitRow && printsClasses(rows, row.unit().code())) {
        continue;
      }
      String cls = unitRow ? null : row.economicClass().code();
      for (int i = 0; i < SOURCES.length; i++) {
        Fen amount = figure(row.figures().get(i));
        if (SOURCES[i] != null && !amount.isZero()) {
          out.add(
              new BasicAllocation(row.unit().code(), row.unit().name(), cls, SOURCES[i], amount));
        }
      }
    }
    return out;
  }

  private static boolean printsClasses(List<BasicSummaryRow> rows, String unit) {
    return rows.stream().anyMatch(r -> r.economicClass() != null && r.unit().code().equals(unit));
  }

  private static Fen figure(PublishedAmount amount) {
    return amount == null || amount.notPrinted() ? Fen.ZERO : amount.value();
  }
}
