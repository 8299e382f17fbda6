package org.budgetledger.app.importer.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines just above a table: its title, every line (numbering such as {@code 预算01表}, fields such
 * as {@code 部门名称：…}) and its unit line ({@code 单位：万元}). Page numbers are not heading.
 */
record Heading(String title, List<String> lines, String unitLine) {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-—–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/共]\\s*\\d{1,4}\\s*页?)?[-—–\\s]*");
  private static final Pattern UNIT = Pattern.compile(".*单位\\s*[:：].*");
  private static final Pattern FIELD = Pattern.compile("^[^:：表]{0,8}(名称|单位|部门|日期|科目)\\s*[:：].*");

  /** A line naming only the table's number: 预算01表, 表1, 公开表一, 表十二. */
  private static final Pattern NUMBER_ONLY =
      Pattern.compile("^(预算|部门公开|公开|附)?表?[0-9０-９一二三四五六七八九十]{1,3}(-\\d+)?表?[:：]?$");

  static Heading of(List<PlacedLine> lines) {
    List<PlacedLine> kept = lines.stream().filter(l -> !isPageNumber(l.text())).toList();
    String unitLine =
        kept.stream()
            .map(PlacedLine::text)
            .filter(t -> UNIT.matcher(t).matches())
            .findFirst()
            .orElse("");
    return new Heading(title(kept), kept.stream().map(PlacedLine::text).toList(), unitLine);
  }

  /**
   * The title: the line nearest above the table that names a table (表) beyond its number alone;
   * failing that, the most prominent line that is not a field ({@code 单位：万元}).
   */
  private static String title(List<PlacedLine> lines) {
    PlacedLine largest = null;
    for (int i = lines.size() - 1; i >= 0; i--) {
      PlacedLine l = lines.get(i);
      String text = TextAssembler.tidy(l.text());
      if (FIELD.matcher(text).matches() || UNIT.matcher(text).matches()) {
        continue;
      }
      if (text.contains("表") && !NUMBER_ONLY.matcher(text).matches()) {
        return wrappedFrom(lines, i);
      }
      if (largest == null || l.fontSize() > largest.fontSize() + 0.5) {
        largest = l;
      }
    }
    return largest == null ? "" : TextAssembler.tidy(largest.text());
  }

  /** A long title wraps: the lines just above in the same type belong to it. */
  private static String wrappedFrom(List<PlacedLine> lines, int last) {
    String title = TextAssembler.tidy(lines.get(last).text());
    for (int i = last - 1; i >= 0; i--) {
      PlacedLine above = lines.get(i);
      PlacedLine below = lines.get(i + 1);
      String text = TextAssembler.tidy(above.text());
      boolean sameType = Math.abs(above.fontSize() - below.fontSize()) <= 0.5;
      boolean adjacent = below.top() - above.bottom() < below.fontSize() * 0.8;
      if (!sameType
          || !adjacent
          || FIELD.matcher(text).matches()
          || NUMBER_ONLY.matcher(text).matches()
          || text.endsWith("表")) {
        break;
      }
      title = TextAssembler.joinWrapped(text, title);
    }
    return title;
  }

  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(text).matches();
  }
}
