package org.budgetledger.projections.reconciliation;

import java.util.stream.Stream;

/**
 * A rule's statement as 勾稽核对 prints it: the row and column keys it names in brackets ({@code
 * （total）}, {@code （project）}) replaced by the labels of the rule's own figures (合 计, 项目支出), and a
 * figure quoted in 情况说明 by its words, so the page shows what the tables print and no internal key.
 * Each figure's label reads {@code <table number> <row label> / <column label>}, or {@code 情况说明
 * <words>}, as the rules make it.
 */
public final class RuleText {
  private static final String BETWEEN = " / ";
  private static final String NARRATIVE = "narrative:";
  private static final String QUOTED = "情况说明 ";

  public String of(RuleCheck check) {
    String text = check.statement();
    for (RuleFigure f :
        Stream.concat(check.leftFigures().stream(), check.rightFigures().stream()).toList()) {
      // A figure quoted in 情况说明 is named by its key in the statement, by its words in its label.
      if (f.rowKey() != null && f.rowKey().startsWith(NARRATIVE)) {
        String key = f.rowKey().substring(NARRATIVE.length());
        text = text.replace(QUOTED + key + " ", f.label() + " ");
        continue;
      }
      int slash = f.label().lastIndexOf(BETWEEN);
      if (slash < 0) {
        continue;
      }
      String column = f.label().substring(slash + BETWEEN.length());
      String where = f.label().substring(0, slash);
      String row = where.indexOf(' ') < 0 ? where : where.substring(where.indexOf(' ') + 1);
      text = replace(text, f.columnKey(), column);
      text = replace(text, f.rowKey(), row);
      // A check over rows names its row and column: "（2101501 total）".
      if (f.columnKey() != null && !f.columnKey().isEmpty()) {
        text = text.replace(" " + f.columnKey() + "）", " " + column + "）");
      }
    }
    return text;
  }

  private static String replace(String text, String key, String label) {
    return key == null || key.isEmpty() || label.isEmpty()
        ? text
        : text.replace("（" + key + "）", "（" + label + "）");
  }
}
