package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * One project of 项目支出绩效表 and the indicator rows that follow its header in the document: the unit
 * where the row prints one (else null), the project code (de-broken) and name, 项目总额 / 财政资金 / 其他资金
 * (null when empty), the goal (绩效目标). {@code shifted} marks a header row whose cells were not under
 * their header (an amount cell dropped).
 */
public record ProjectGroup(
    CodedName unit,
    String projectCode,
    String projectName,
    PublishedAmount total,
    PublishedAmount fiscal,
    PublishedAmount other,
    String goal,
    int lineNo,
    boolean shifted,
    List<IndicatorRow> indicators) {
  public ProjectGroup {
    indicators = List.copyOf(indicators);
  }
}
