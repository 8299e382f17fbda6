package org.budgetledger.app.importer.plan;

/**
 * How an import names where a figure is printed: for a text, its table and the text's own line
 * ({@code 收支总表 第 19 行}); for a PDF, the page, the table as the document titles it and its row,
 * which the rendered text keeps for every line ({@code 第 20 页 表1：2026年市级部门收支预算总表 第 3 行}).
 */
@FunctionalInterface
public interface LinePlaces {
  LinePlaces TEXT = (table, lineNo) -> table + " 第 " + lineNo + " 行";

  String of(String table, int lineNo);
}
