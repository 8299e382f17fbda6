package org.budgetledger.app.importer.pdfdocument;

import java.util.List;

/**
 * A row's second classification printed as a code column and a name column of their own (Xi'an's
 * 政府经济科目编码 / 政府经济科目名称 beside 部门经济科目编码 / 部门经济科目名称): {@code 50101-工资奖金津补贴}, as {@link
 * CodedRow#paired()} holds a second 类/款 block. A 部门 code printed twice under two 政府 codes (Xi'an
 * 2022 p.59: 30101 under 50101 and under 50501) is then two rows, not one code twice.
 */
final class SecondCode {
  /** The measures a profile names the two columns by. */
  static final String CODE = "govEconomicCode";

  static final String NAME = "govEconomicName";

  private SecondCode() {}

  /** {@code code-name}, empty where the row prints no code there (a 类 row: 301 工资福利支出). */
  static String of(List<PublishedCell> row, int code, int name) {
    String c = cell(row, code);
    return c.matches("\\d+") ? c + "-" + (name < 0 ? "" : cell(row, name)) : "";
  }

  private static String cell(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column)
        .findFirst()
        .map(c -> c.text().replaceAll("\\s", ""))
        .orElse("");
  }
}
