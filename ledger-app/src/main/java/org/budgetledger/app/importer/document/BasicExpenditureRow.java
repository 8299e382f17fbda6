package org.budgetledger.app.importer.document;

/**
 * A 一般公共预算基本支出表 row: economic codes, 合计 = 人员经费 + 公用经费; null codes on 合计. A 财政拨款 table of every
 * source (Yantai's 基本支出预算情况表) prints its 一般公共预算 part and the money of every source beside them;
 * other tables print neither ({@link PublishedAmount#notPrinted}).
 */
public record BasicExpenditureRow(
    CodedName govEconomic,
    CodedName deptEconomic,
    PublishedAmount total,
    PublishedAmount personnel,
    PublishedAmount publicOperating,
    PublishedAmount generalBudget,
    PublishedAmount everyFund,
    int lineNo) {
  public BasicExpenditureRow(
      CodedName govEconomic,
      CodedName deptEconomic,
      PublishedAmount total,
      PublishedAmount personnel,
      PublishedAmount publicOperating,
      int lineNo) {
    this(
        govEconomic,
        deptEconomic,
        total,
        personnel,
        publicOperating,
        PublishedAmount.notPrinted(lineNo),
        PublishedAmount.notPrinted(lineNo),
        lineNo);
  }
}
