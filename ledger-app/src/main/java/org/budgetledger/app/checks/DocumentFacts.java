package org.budgetledger.app.checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.projections.checks.DocumentScope;
import org.budgetledger.projections.checks.TextLine;

/**
 * What a document says of itself on its first lines, for a document the table parser does not read:
 * its fiscal year (the year its title names most) and whether it is a 部门预算 or a 单位预算.
 */
final class DocumentFacts {
  private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");
  private static final int TITLE_LINES = 60;

  private DocumentFacts() {}

  static Integer year(List<TextLine> lines) {
    Integer title = mostNamed(lines.subList(0, Math.min(TITLE_LINES, lines.size())), true);
    return title != null ? title : mostNamed(lines, false);
  }

  /**
   * The year most named (on lines about the 预算 when {@code titles}); a tables-only document names
   * its year in its tables' titles or performance targets, not on its first lines.
   */
  private static Integer mostNamed(List<TextLine> lines, boolean titles) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (TextLine line : lines) {
      if (titles && !line.text().contains("预算")) {
        continue;
      }
      Matcher m = TITLE_YEAR.matcher(line.text());
      while (m.find()) {
        counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** 单位预算 when the title says so before it says 部门预算; 部门预算 otherwise. */
  static DocumentScope scope(List<TextLine> lines) {
    for (TextLine line : lines.subList(0, Math.min(TITLE_LINES, lines.size()))) {
      String text = line.text().replaceAll("\\s+", "");
      if (text.contains("单位预算") && !text.contains("部门（单位）") && !text.contains("部门(单位)")) {
        return DocumentScope.UNIT;
      }
      if (text.contains("部门预算")) {
        return DocumentScope.DEPARTMENT;
      }
    }
    return DocumentScope.DEPARTMENT;
  }
}
