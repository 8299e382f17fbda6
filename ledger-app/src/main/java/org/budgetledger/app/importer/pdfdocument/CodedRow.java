package org.budgetledger.app.importer.pdfdocument;

import java.util.List;

/**
 * A row of a classified table with its whole code (类/款/项 parts joined, the parent carried down
 * where a part is left blank), its name and its cells; or the table's 合计 row. {@code paired} is the
 * second classification the row prints beside the first, as {@code code-name} (Yantai's 基本支出表: 部门
 * then 政府经济分类), empty when the table prints one.
 */
record CodedRow(String code, String name, List<PublishedCell> cells, boolean total, String paired) {
  CodedRow(String code, String name, List<PublishedCell> cells, boolean total) {
    this(code, name, cells, total, "");
  }

  /** Whether this row is an item of {@code parent} (its code extends the parent's). */
  boolean isChildOf(CodedRow parent) {
    return !total
        && !parent.total()
        && code.length() > parent.code().length()
        && code.startsWith(parent.code());
  }
}
