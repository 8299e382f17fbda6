package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 政府性基金预算支出表 or 国有资本经营预算支出表: function rows and 合计. {@code notApplicable} is set when the document
 * says {@code 说明：本单位不涉及此项工作内容}. {@code subtotals} are the 类 and 款 rows printed above their items:
 * compared with the items summed, never lines.
 */
public record FunctionExpenditureTable(
    TableHeading heading,
    List<FunctionExpenditureRow> rows,
    FunctionExpenditureRow total,
    boolean notApplicable,
    List<FunctionExpenditureRow> subtotals) {
  public FunctionExpenditureTable {
    rows = List.copyOf(rows);
    subtotals = List.copyOf(subtotals);
  }
}
