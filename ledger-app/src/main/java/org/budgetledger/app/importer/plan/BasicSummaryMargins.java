package org.budgetledger.app.importer.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.BasicSummaryRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.FundSource;

/**
 * 基本支出总表's figures as margins of the basic lines: its 合计 and each unit's row per fund column (the
 * unit's basic cells of the column's sources). A unit's 类 and 款 rows are no margins: no table gives
 * that money a function code, so they are recorded as printed ({@link EconomicAllocations}) and the
 * rules hold them to the unit's row; as margins they split every unit's lines by code, an LP that
 * grows with units × codes (Shenzhen 63d734e6: 27.6 million tableau entries, refused). A row naming
 * a unit no other table has is left to the comparison, never forced onto other units' lines.
 */
final class BasicSummaryMargins {
  private static final String T15 = "基本支出总表";

  private BasicSummaryMargins() {}

  /** The columns up to 国有资本经营预算: 财政拨款 and its three budgets (after 总计, column 0). */
  private static final int FISCAL_COLUMNS = 5;

  /** The sources each fund column sums, in {@link BasicSummaryRow#COLUMNS} order. */
  private static final List<Predicate<LineCell>> COLUMNS =
      List.of(
          c -> true,
          LineCell::fiscal,
          LineCell::general,
          c -> c.source() == FundSource.GOVERNMENT_FUND,
          c -> c.source() == FundSource.STATE_CAPITAL,
          c -> c.source() == FundSource.FISCAL_SPECIAL_ACCOUNT,
          c -> !c.fiscal() && c.source() != FundSource.FISCAL_SPECIAL_ACCOUNT);

  static void collect(DisclosureDocument doc, PlanMargins m) {
    if (doc.basicExpenditureSummary() == null) {
      return;
    }
    Predicate<LineCell> basic = c -> !c.gap() && c.kind().isBasic();
    BasicSummaryRow total = doc.basicExpenditureSummary().total();
    if (total != null) {
      figures("t15:total", total, basic, false, m);
    }
    boolean offUnits = offUnits(m, basic);
    for (BasicSummaryRow r : doc.basicExpenditureSummary().rows()) {
      if (r.unit() == null) {
        continue;
      }
      String u = r.unit().code();
      Predicate<LineCell> unit = c -> basic.test(c) && u.equals(c.unit());
      if (!m.hasCells(unit)) {
        continue;
      }
      if (r.economicClass() == null) {
        figures("t15:" + u, r, unit, offUnits, m);
      }
    }
  }

  /**
   * Whether the ledger keeps basic money of other sources off the units that spend it (income given
   * for the whole department only: those lines sit on the unit holding it, which pays no 财政拨款 basic
   * money). A unit's 总计 then includes money no line of that unit holds, so only its 财政拨款 columns
   * bound its lines.
   */
  private static boolean offUnits(PlanMargins m, Predicate<LineCell> basic) {
    Set<String> fiscal = new HashSet<>();
    m.cells().stream().filter(c -> basic.test(c) && c.fiscal()).forEach(c -> fiscal.add(c.unit()));
    return m.hasCells(c -> basic.test(c) && !c.fiscal() && !fiscal.contains(c.unit()));
  }

  /** {@code fiscalOnly}: only the 财政拨款 columns (1 to 4) bound the row's lines. */
  private static void figures(
      String id, BasicSummaryRow r, Predicate<LineCell> row, boolean fiscalOnly, PlanMargins m) {
    for (int i = fiscalOnly ? 1 : 0; i < (fiscalOnly ? FISCAL_COLUMNS : COLUMNS.size()); i++) {
      Predicate<LineCell> column = COLUMNS.get(i);
      PublishedAmount amount = r.figures().get(i);
      if (m.hasCells(c -> row.test(c) && column.test(c))) {
        m.add(
            id + ":" + i,
            T15,
            BasicSummaryRow.COLUMNS.get(i) + " " + id,
            amount,
            r.lineNo(),
            c -> row.test(c) && column.test(c));
      }
    }
  }
}
