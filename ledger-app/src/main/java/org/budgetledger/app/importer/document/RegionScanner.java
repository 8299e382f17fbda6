package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Sorts a table region's lines: tab-separated rows go to the table reader; the few kinds of
 * free-standing line a table has (unit, caption, note, year) are recognised, also when the PDF
 * broke them over two lines ({@code 金额单位：万} / {@code 元}); any other line is a problem, so nothing
 * that might be data is skipped silently.
 */
final class RegionScanner {
  private static final Pattern CAPTION = Pattern.compile("^\\d{1,2}\\s*\\.\\s*\\d{4}\\s*年.*");
  private static final Pattern YEAR_NOTE = Pattern.compile("^[(（]\\s*\\d{4}\\s*年度\\s*[)）]$");

  private RegionScanner() {}

  static TableBody scan(TableRegion region, Problems problems) {
    List<SourceLine> rows = new ArrayList<>();
    List<SourceLine> lines = region.lines();
    boolean inYuan = false;
    int notApplicable = 0;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      String text = Texts.compact(line.text());
      if (line.hasTabs()) {
        rows.add(line);
      } else if (text.isEmpty() || YEAR_NOTE.matcher(text).matches()) {
        continue;
      } else if (text.startsWith("金额单位")) {
        while (!text.endsWith("元") && isContinuation(lines, i + 1)) {
          text = text + Texts.compact(lines.get(++i).text());
        }
        inYuan = readUnit(line, text, region, problems);
      } else if (CAPTION.matcher(line.stripped()).matches()) {
        while (!text.endsWith("表") && isContinuation(lines, i + 1)) {
          text = text + Texts.compact(lines.get(++i).text());
        }
      } else if (text.startsWith("说明")) {
        while (isContinuation(lines, i + 1)) {
          text = text + Texts.compact(lines.get(++i).text());
        }
        if (text.contains("不涉及")) {
          notApplicable = line.lineNo();
        } else {
          problems.warn(line, region.heading().label(), ProblemKind.NOTE_KEPT_AS_TEXT, text);
        }
      } else {
        problems.add(line, region.heading().label(), ProblemKind.LINE_NOT_RECOGNISED);
      }
    }
    return new TableBody(region.heading(), rows, inYuan, notApplicable);
  }

  private static boolean isContinuation(List<SourceLine> lines, int next) {
    return next < lines.size() && !lines.get(next).isBlank() && !lines.get(next).hasTabs();
  }

  private static boolean readUnit(
      SourceLine line, String text, TableRegion region, Problems problems) {
    String unit = text.replaceFirst("^金额单位[：:]", "");
    if (unit.equals("元")) {
      return true;
    }
    if (!unit.equals("万元")) {
      problems.add(line, region.heading().label(), ProblemKind.UNIT_OF_AMOUNT_UNKNOWN, text);
    }
    return false;
  }
}
