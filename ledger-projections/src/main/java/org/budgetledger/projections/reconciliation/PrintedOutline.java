package org.budgetledger.projections.reconciliation;

import java.util.List;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.TableRow;

/**
 * The 类 and 款 rows of a balance sheet that prints its 款 and 项 (Hangzhou's 收支总表): each is the sum of
 * the 项 printed under it, each rounded by the publisher, so the rebuilt sum of their lines may
 * differ from the printed figure by half a unit per non-zero 项 (DOMAIN §5.9), as a 合计 row. So is
 * the subtotal of the fiscal sources a balance sheet prints above them (一、财政拨款 over 一般公共预算, 政府性基金预算
 * …): the sum of the sources it prints, each rounded.
 */
final class PrintedOutline {
  private static final List<String> FISCAL_SOURCES =
      List.of("income:GENERAL_BUDGET", "income:GOVERNMENT_FUND", "income:STATE_CAPITAL");

  private PrintedOutline() {}

  /** The non-zero leaf rows printed under a 类 or 款 row in the column; 0 for any other row. */
  static int roundedItemsUnder(DisclosureTable table, TableRow row, String column) {
    if (row.key().equals(PrintedBalanceRows.FISCAL_INCOME)) {
      return (int)
          table.rows().stream()
              .filter(r -> FISCAL_SOURCES.contains(r.key()))
              .filter(
                  r -> r.cell(column).map(c -> c.isMoney() && !c.amount().isZero()).orElse(false))
              .count();
    }
    String code = code(row.key());
    if (code == null || code.length() >= 7) {
      return 0;
    }
    List<String> under =
        table.rows().stream()
            .filter(r -> r.key().startsWith(PrintedBalanceRows.DETAIL + code))
            .filter(r -> !code(r.key()).equals(code))
            .filter(r -> r.cell(column).map(c -> c.isMoney() && !c.amount().isZero()).orElse(false))
            .map(r -> code(r.key()))
            .toList();
    return (int)
        under.stream()
            .filter(c -> under.stream().noneMatch(o -> o.length() > c.length() && o.startsWith(c)))
            .count();
  }

  private static String code(String key) {
    if (key.startsWith(PrintedBalanceRows.DETAIL)) {
      return key.substring(PrintedBalanceRows.DETAIL.length());
    }
    return key.startsWith("spending:") ? key.substring("spending:".length()) : null;
  }
}
