package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table printing the same columns for two years (Yantai's 三公 table: 2025年预算数 then 2026年预算数, each
 * with 合计, 因公出国（境）经费 …) states the budget's money in the later year's columns; the earlier year's
 * are last year's figures, which the ledger does not hold. Their measure is left unread, so a
 * canonical column takes the later year's cell, not the first it meets.
 */
final class EarlierYearColumns {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  // 上年 and 当年 / 本年 as a year's whole header (Xi'an's 三公 table: 上年/合计 … 当年/合计), ordered as
  // years; 上年结转 or 本年收入 are this year's money and name no year
  private static final String KIND = "(度)?(预算|执行|决算)?数?";
  private static final Pattern LAST_YEAR = Pattern.compile("^上年" + KIND + "$");
  private static final Pattern THIS_YEAR = Pattern.compile("^(当年|本年)" + KIND + "$");

  private EarlierYearColumns() {}

  /** The measures with those of a column repeated under a later year's header set to null. */
  static List<String> unread(List<String> paths, List<String> measures) {
    List<String> out = new ArrayList<>(measures);
    for (int i = 0; i < paths.size() && i < out.size(); i++) {
      Integer year = year(paths.get(i));
      if (year == null || out.get(i) == null) {
        continue;
      }
      String rest = withoutYear(paths.get(i));
      for (int j = 0; j < paths.size(); j++) {
        Integer other = year(paths.get(j));
        if (other != null && other > year && withoutYear(paths.get(j)).equals(rest)) {
          out.set(i, null);
          break;
        }
      }
    }
    return out;
  }

  private static Integer year(String path) {
    String head = path.split("/")[0].replaceAll("\\s", "");
    if (LAST_YEAR.matcher(head).matches()) {
      return 1;
    }
    if (THIS_YEAR.matcher(head).matches()) {
      return 2;
    }
    Matcher m = YEAR.matcher(head);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static String withoutYear(String path) {
    String[] parts = path.split("/", 2);
    String head = parts[0].replaceAll("\\s", "");
    String rest = parts.length > 1 ? "/" + parts[1] : "";
    if (LAST_YEAR.matcher(head).matches() || THIS_YEAR.matcher(head).matches()) {
      return rest;
    }
    return YEAR.matcher(parts[0]).replaceAll("") + rest;
  }
}
