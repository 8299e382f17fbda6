package org.budgetledger.app.importer.layout;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;

/**
 * One table a family publishes: its printed number, a pattern its title matches (whitespace
 * removed), its content, and its unit and decimals when they differ from the family's (a Shanghai
 * document is in 元 but its 三公 table in 万元). {@code kind} is null for a table the 13 canonical
 * tables do not hold (Shenzhen's 基本支出总表, Jiangsu's 机关运行经费): {@code content} names it.
 *
 * @param number the number as printed ({@code 03}, {@code 3}, {@code 三}); null when unnumbered
 * @param title pattern of the title, matched anywhere in the whitespace-free title text
 * @param kind the canonical table, or null for a family's own table
 * @param content kebab-case content name: the kind's, or the family table's own
 * @param unit the table's unit; null: the family's
 * @param decimals the table's printed decimals; null: the family's
 * @param codes how this table prints codes; null: the family's
 * @param rows where a table lists its measures as rows (Guangzhou's 三公 items: 因公出国（境）支出, 公务接待费支出
 *     …), the canonical measure each row label's pattern names; its figure is the row's 合计. Empty
 *     when the measures are columns, as the canonical tables print them.
 */
public record ProfileTable(
    String number,
    Pattern title,
    TableKind kind,
    String content,
    MoneyUnit unit,
    Integer decimals,
    CodePrinting codes,
    Map<String, Pattern> rows) {

  private static final Pattern LEADING_YEAR = Pattern.compile("^(19|20)\\d{2}年度?");
  private static final Pattern LEADING_WHOSE = Pattern.compile("^(部门|单位|预算单位)");

  public ProfileTable {
    rows = rows == null ? Map.of() : Map.copyOf(rows);
  }

  public ProfileTable(
      String number,
      Pattern title,
      TableKind kind,
      String content,
      MoneyUnit unit,
      Integer decimals,
      CodePrinting codes) {
    this(number, title, kind, content, unit, decimals, codes, Map.of());
  }

  /**
   * The length of this table's title pattern's match in the title, 0 when it does not match. A
   * title may lead with its year (2026年收支总体情况表, 2026年度收支预算总表) where another document of the family
   * prints none, and then say whose budget it is (部门收支总表, 单位收支总表 where another prints 收支总表), so a
   * pattern anchored at the start is also tried after them.
   */
  int matchLength(String normalizedTitle) {
    String yearless = LEADING_YEAR.matcher(normalizedTitle).replaceFirst("");
    return Math.max(
        lengthIn(normalizedTitle),
        Math.max(lengthIn(yearless), lengthIn(LEADING_WHOSE.matcher(yearless).replaceFirst(""))));
  }

  private int lengthIn(String text) {
    var m = title.matcher(text);
    return m.find() ? Math.max(1, m.end() - m.start()) : 0;
  }

  public Optional<TableKind> canonical() {
    return Optional.ofNullable(kind);
  }

  public MoneyUnit unitIn(LayoutProfile family) {
    return unit == null ? family.unit() : unit;
  }

  public int decimalsIn(LayoutProfile family) {
    return decimals == null ? family.decimals() : decimals;
  }

  public CodePrinting codesIn(LayoutProfile family) {
    return codes == null ? family.codes() : codes;
  }
}
