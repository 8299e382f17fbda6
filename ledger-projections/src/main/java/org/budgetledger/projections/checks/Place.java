package org.budgetledger.projections.checks;

import org.budgetledger.projections.tables.TableKind;

/**
 * Where a finding is: a table cell (table, its printed label such as {@code 预算03表 支出总表}, row and
 * column keys) or a line of the document's text; the 1-based line of the extracted text and the PDF
 * page, each 0 when not known. A cell place can be traced to the events behind the cell.
 */
public record Place(
    TableKind table, String tableLabel, String rowKey, String columnKey, int lineNo, int page) {
  public Place {
    tableLabel = tableLabel == null ? "" : tableLabel;
    rowKey = rowKey == null ? "" : rowKey;
    columnKey = columnKey == null ? "" : columnKey;
  }

  public static final Place DOCUMENT = new Place(null, "", "", "", 0, 0);

  public static Place line(TextLine line) {
    return new Place(null, "", "", "", line.lineNo(), line.page());
  }

  public static Place table(TableKind table, String tableLabel) {
    return new Place(table, tableLabel, "", "", 0, 0);
  }

  public boolean isCell() {
    return table != null && !rowKey.isEmpty() && !columnKey.isEmpty();
  }

  /** 预算03表 支出总表 行 total 列 basic 第 112 行 第 5 页, as much as is known. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (!tableLabel.isEmpty()) {
      text.append(tableLabel);
    }
    if (!rowKey.isEmpty()) {
      text.append(" 行 ").append(rowKey);
    }
    if (!columnKey.isEmpty()) {
      text.append(" 列 ").append(columnKey);
    }
    if (table == null && lineNo > 0) {
      text.append(text.isEmpty() ? "" : " ").append("正文");
    }
    if (lineNo > 0) {
      text.append(" 第 ").append(lineNo).append(" 行");
    }
    if (page > 0) {
      text.append(" 第 ").append(page).append(" 页");
    }
    return text.toString().strip();
  }
}
