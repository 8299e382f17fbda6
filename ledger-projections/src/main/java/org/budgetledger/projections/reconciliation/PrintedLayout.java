package org.budgetledger.projections.reconciliation;

import java.util.Set;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * Which rebuilt rows a published balance sheet's own layout has no place for, so that their figures
 * are not missing from it: a 收支总表 listing spending by use (基本支出, 项目支出, as Changsha prints it) has
 * no 类 rows, and one printing the fiscal subtotal (本级财政拨款收入) without its sources has no 一般公共预算,
 * 政府性基金 or 国有资本经营 rows. The figures themselves are compared through the rows the layout does print
 * (the use, the subtotal) and the other tables. A table read without its unit column has no place
 * for the rebuilt units' rows, nor a 项目支出表 printing the unit beside each project for the rebuilt
 * units' subtotals.
 */
final class PrintedLayout {
  private static final Set<String> FISCAL_SOURCES =
      Set.of("income:GENERAL_BUDGET", "income:GOVERNMENT_FUND", "income:STATE_CAPITAL");

  private PrintedLayout() {}

  static boolean hasNoPlaceFor(DisclosureTable published, TableRow rebuilt) {
    String key = rebuilt.key();
    if (key.startsWith("spending:")) {
      return printsAny(published, PrintedBalanceRows.USE) && !printsAny(published, "spending:");
    }
    if (FISCAL_SOURCES.contains(key)) {
      return published.row(PrintedBalanceRows.FISCAL_INCOME).isPresent();
    }
    // a 款 row of 基本支出总表 where the document prints its units' 类 rows only (Guangzhou)
    if (published.kind() == TableKind.BASIC_EXPENDITURE_SUMMARY && isItemRow(key)) {
      return published.rows().stream().noneMatch(r -> isItemRow(r.key()));
    }
    // a unit's subtotal of its projects where the 项目支出表 prints its unit beside each project
    if (published.kind() == TableKind.PROJECT_EXPENDITURE && key.startsWith("unit:")) {
      return !printsAny(published, "unit:");
    }
    // a unit's row of a table by unit (三公) where the published table was read without its units
    // (a document imported before they were read): its figures are in the department's row
    boolean unitRow =
        published.kind() == TableKind.THREE_PUBLIC_EXPENSES
            && rebuilt.cell("unit").map(c -> !c.text().isBlank()).orElse(false);
    return unitRow && published.columns().stream().noneMatch(c -> c.key().equals("unit"));
  }

  /** A row keyed {@code <unit>|<款>}: a 5-digit 部门经济分类 code under a unit. */
  private static boolean isItemRow(String key) {
    return key.matches(".*\\|\\d{5}");
  }

  private static boolean printsAny(DisclosureTable table, String prefix) {
    return table.rows().stream().anyMatch(r -> r.key().startsWith(prefix));
  }
}
