package org.budgetledger.app.importer.pdfdocument;

/**
 * The 合计 of a 财政拨款 基本支出表 by economic code: a table whose title names 财政拨款 (Jiangsu's 公开06表, 合计 or
 * 金额) states 财政拨款's basic money in its 合计; a table of every fund printing 财政拨款 as a 小计 beside its
 * own 合计 (Yantai's 基本支出预算情况表: 合计, 财政拨款/小计 …) states it in that 小计, and its 合计 (every source) is
 * another table's figure, left unread.
 */
final class FiscalBasicColumns {
  private FiscalBasicColumns() {}

  /** The canonical measure whose column is the table's 财政拨款 合计. */
  static String total(PublishedGrid grid) {
    return grid.measures().contains("fiscal") ? "fiscal" : "total";
  }
}
