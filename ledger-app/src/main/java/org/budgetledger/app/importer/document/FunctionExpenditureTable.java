package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 政府性基金预算支出表 or 国有资本经营预算支出表: function rows and 合计. {@code notApplicable} is set when the document
 * says {@code 说明：本单位不涉及此项工作内容}.
 */
public record FunctionExpenditureTable(
    TableHeading heading,
    List<FunctionExpenditureRow> rows,
    FunctionExpenditureRow total,
    boolean notApplicable) {
  public FunctionExpenditureTable {
    rows = List.copyOf(rows);
  }
}
