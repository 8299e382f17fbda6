package org.budgetledger.app.importer.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a document's {@link DocumentIdentity} from its cover and its tables' own fields, by general
 * rules every family follows: the label fields (部门名称, 单位名称, 预算主管部门, 编制部门, 编制单位, 预算单位, 部门（单位）), the
 * cover ("2026年度 泉州市公安局 部门预算"), and the years its titles name. Each field is the value the document
 * gives most often, so one stray line (a wrong year in one title) does not decide it.
 */
public final class IdentityReader {
  private static final Pattern LABEL =
      Pattern.compile("^\\s*(部门名称|单位名称|预算主管部门|编制部门|编制单位|预算单位|部门[（(]单位[）)]|部门)" + "\\s*[：:](.+)$");
  // a table's field cell and the next: 部门名称    北京市医疗保障局
  private static final Pattern FIELD_CELL = Pattern.compile("^\\s*(部门名称|单位名称)\\s+(\\S+)(\\s|$)");
  // a header cell after 单位名称 in a table (单位名称 | 总计 | …) is not a name
  private static final Pattern TABLE_WORD =
      Pattern.compile("^(合计|总计|小计|项目|金额|预算数|本年|上年|科目|功能|经济|单位|部门|\\d).*");
  // nor one naming money (单位名称 | 一般公共预算拨款收入 | 合计 …, its columns in another order): a
  // department's name ends in what it is (局, 院, 中心 …), never in 收入, 拨款 or 资金
  private static final Pattern HEADER_WORD =
      Pattern.compile(".*(收入|支出|拨款|资金|经费|预算|结转|结余|合计|小计|总计)$");
  // a unit label glued after the name: 部门名称：杭州市交通运输局单位：万元
  private static final Pattern TRAILING_UNIT = Pattern.compile("(金额)?单位[：:].*$");
  private static final Pattern YEAR_NOTE = Pattern.compile("^[（(](\\d{4})年度[)）]$");
  private static final Pattern YEAR_TITLE =
      Pattern.compile("(?:^|[^\\d])(20\\d{2})年度?[^年]{0,40}(预算|表)$");
  private static final Pattern COVER =
      Pattern.compile("^(?:(20\\d{2})年度?)?(.+?)(?:(20\\d{2})年度?)?(部门|单位)预算");
  private static final int COVER_LINES = 6;

  private IdentityReader() {}

  /**
   * @param lines the document's text lines in reading order, cover first
   */
  public static DocumentIdentity read(List<String> lines) {
    List<String> normalized = lines.stream().map(Texts::compact).filter(l -> !l.isEmpty()).toList();
    String department = mostCommon(lines, IdentityReader::labelled);
    if (department == null) {
      department = fromCover(normalized);
    }
    Integer year = yearOf(normalized);
    return new DocumentIdentity(department, year, kindOf(normalized));
  }

  private static String labelled(String line) {
    Matcher m = LABEL.matcher(line);
    if (!m.matches()) {
      m = FIELD_CELL.matcher(line);
      if (!m.find()
          || TABLE_WORD.matcher(m.group(2)).matches()
          || HEADER_WORD.matcher(m.group(2)).matches()) {
        return null;
      }
    }
    String value = TRAILING_UNIT.matcher(Texts.compact(m.group(2))).replaceFirst("");
    // a label row of a table (部门 单位 …) or a sentence is not a name
    return value.length() < 2 || value.length() > 40 || value.matches(".*[，。；].*") ? null : value;
  }

  private static String fromCover(List<String> lines) {
    String cover = String.join("", lines.subList(0, Math.min(COVER_LINES, lines.size())));
    Matcher m = COVER.matcher(cover);
    return m.find() ? m.group(2) : null;
  }

  private static Integer yearOf(List<String> lines) {
    for (String line : lines) {
      Matcher m = YEAR_NOTE.matcher(line);
      if (m.matches()) {
        return Integer.valueOf(m.group(1));
      }
    }
    String year =
        mostCommon(
            lines,
            line -> {
              Matcher m = YEAR_TITLE.matcher(line);
              return m.find() ? m.group(1) : null;
            });
    return year == null ? null : Integer.valueOf(year);
  }

  private static DocumentIdentity.BudgetKind kindOf(List<String> lines) {
    long unit = lines.stream().filter(l -> l.contains("单位预算")).count();
    long department = lines.stream().filter(l -> l.contains("部门预算")).count();
    return unit > department
        ? DocumentIdentity.BudgetKind.UNIT
        : DocumentIdentity.BudgetKind.DEPARTMENT;
  }

  /** The value most lines give, the first seen on a tie; null when none gives one. */
  private static String mostCommon(List<String> lines, Function<String, String> value) {
    Map<String, Long> counts =
        lines.stream()
            .map(value)
            .filter(v -> v != null)
            .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
