package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import java.util.Set;
import org.budgetledger.app.importer.document.PublishedAmount;

/**
 * The columns of a 财政拨款 基本支出表 by economic code: a table whose title names 财政拨款 (Jiangsu's 公开06表, 合计
 * or 金额) states 财政拨款's basic money in its 合计; a table of every fund printing 财政拨款 as a 小计 beside
 * its own 合计 (Yantai's 基本支出预算情况表: 合计, 财政拨款/小计, 一般公共预算 …) states it in that 小计, its 一般公共预算 column
 * the part of that fund, and its 合计 the money of every source ({@link #everyFund}).
 */
final class FiscalBasicColumns {
  /**
   * The canonical column of every source's basic money (the printed 合计 of a table of every fund).
   */
  static final String EVERY_FUND = "everyFund";

  /** The canonical column of 一般公共预算's part. */
  static final String GENERAL_BUDGET = "GENERAL_BUDGET";

  // the columns of 财政拨款's money: a cell of any other column right of 合计 is money of another source
  private static final Set<String> FISCAL =
      Set.of(
          "total",
          "fiscal",
          "GENERAL_BUDGET",
          "GOVERNMENT_FUND",
          "STATE_CAPITAL",
          "personnel",
          "public");

  private FiscalBasicColumns() {}

  /** The canonical measure whose column is the table's 财政拨款 合计. */
  static String total(PublishedGrid grid) {
    return grid.measures().contains("fiscal") ? "fiscal" : "total";
  }

  /** The measures the canonical table writes, in its column order. */
  static String[] measures(PublishedGrid grid) {
    return new String[] {total(grid), "personnel", "public", GENERAL_BUDGET, EVERY_FUND};
  }

  /**
   * A row's money of every source, where the ledger holds it by code: the ledger records the other
   * sources' basic money by 类 only, so a code's 合计 is compared where the row prints no money of
   * another source (then it is 财政拨款's alone); the 合计 row always (every source's basic money). Not
   * printed where the table has no 合计 beside its 财政拨款 小计.
   */
  static String everyFund(
      PublishedGrid grid, CanonicalColumns columns, List<PublishedCell> row, boolean totalRow) {
    if (!grid.measures().contains("fiscal")) {
      return PublishedAmount.NOT_PRINTED_TEXT;
    }
    int total = grid.measures().indexOf("total");
    boolean otherSource =
        row.stream()
            .filter(c -> c.isMoney() && c.column() > total && !c.amount().isZero())
            // a column of words the family lacks is named unread, so it decides nothing here either
            .anyMatch(c -> c.measure() != null && !FISCAL.contains(c.measure()));
    return otherSource && !totalRow ? PublishedAmount.NOT_PRINTED_TEXT : columns.text(row, "total");
  }
}
