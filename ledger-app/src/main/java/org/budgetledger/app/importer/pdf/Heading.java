package org.budgetledger.app.importer.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines just above a table: its title (the most prominent line that is not a field such as
 * {@code 单位：万元} or {@code 部门名称：…}) and its unit line. Page numbers are not heading.
 */
record Heading(String title, List<String> lines, String unitLine) {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-—–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/共]\\s*\\d{1,4}\\s*页?)?[-—–\\s]*");
  private static final Pattern UNIT = Pattern.compile(".*单位\\s*[:：].*");
  private static final Pattern FIELD = Pattern.compile("^[^:：]{1,10}[:：].*");

  static Heading of(List<PlacedLine> lines) {
    List<PlacedLine> kept = lines.stream().filter(l -> !isPageNumber(l.text())).toList();
    String unitLine = kept.stream().map(PlacedLine::text).filter(t -> UNIT.matcher(t).matches())
        .findFirst().orElse("");
    PlacedLine title = null;
    for (PlacedLine l : kept) {
      boolean field = FIELD.matcher(l.text()).matches() || UNIT.matcher(l.text()).matches();
      if (!field && (title == null || l.fontSize() > title.fontSize() + 0.5)) {
        title = l;
      }
    }
    return new Heading(title == null ? "" : HeaderSplit.compact(title.text()),
        kept.stream().map(PlacedLine::text).toList(), unitLine);
  }

  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(text).matches();
  }
}
