package org.budgetledger.projections.checks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * Family 5, years. A comparison (比 / 较 / 与 / 同 NNNN 年) must name the year before the budget year; a
 * year in a cited document number (〔2017〕89号), a law's date or a project's name is not a comparison
 * and is not read as one. A project's 实施周期 must overlap the budget year, and a table's title must
 * name the budget year when it names one.
 */
final class YearChecks {
  private static final Pattern COMPARISON = Pattern.compile("(比|较|与|同)\\s*(\\d{4})\\s*年");
  private static final Pattern PERIOD =
      Pattern.compile(
          "实施周期[：:]?\\s*(\\d{4})\\s*年?(?:\\s*\\d{1,2}\\s*月)?(?:\\s*\\d{1,2}\\s*日)?"
              + "(?:\\s*[-—–~～至到]\\s*(\\d{4})\\s*年?)?");
  private static final Pattern YEAR_IN_PERIOD =
      Pattern.compile(
          "^(\\d{4})\\s*年?(?:\\s*\\d{1,2}\\s*月)?(?:\\s*\\d{1,2}\\s*日)?(?:\\s*[-—–~～至到]\\s*"
              + "(\\d{4}))?");
  private static final Pattern COMPARING_WORDS =
      Pattern.compile("相比|比较|持平|增加|减少|增长|下降|预算数|执行数|决算数|年初");
  private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");

  private YearChecks() {}

  static void run(CheckedDocument document, List<Paragraph> paragraphs, List<Finding> out) {
    int year = document.year();
    for (Paragraph paragraph : paragraphs) {
      String text = paragraph.text();
      // Table headings ("2026 年预算数比 | 2025 年执行数") read as text have no sentence marks.
      Matcher m = COMPARISON.matcher(paragraph.isProse() ? text : "");
      while (m.find()) {
        if (!comparing(text, m) || headingSplit(paragraph, m)) {
          continue;
        }
        int named = Integer.parseInt(m.group(2));
        Place place = Place.line(paragraph.lineAt(m.start()));
        if (named == year - 1) {
          out.add(
              Finding.of(
                  "比较年度为上年",
                  CheckKind.YEAR,
                  CheckStatus.PASS,
                  "“" + m.group() + "”是 " + year + " 年预算的上一年度。",
                  place));
        } else {
          out.add(
              Finding.of(
                  "比较年度为上年",
                  CheckKind.YEAR,
                  CheckStatus.FAIL,
                  "“"
                      + m.group()
                      + "”："
                      + year
                      + " 年预算应与 "
                      + (year - 1)
                      + " 年比较，文中写的是 "
                      + named
                      + " 年。",
                  place));
        }
      }
      Matcher period = PERIOD.matcher(text);
      while (period.find()) {
        period(
            year,
            period.group(1),
            period.group(2),
            period.group(),
            Place.line(paragraph.lineAt(period.start())),
            out);
      }
    }
    for (DisclosureTable table : document.tables().tables().values()) {
      titleYear(year, table, out);
      periodColumns(year, table, out);
    }
  }

  /**
   * 比 and 较 compare by themselves; 与 and 同 only when the clause goes on to compare (相比, 持平, 增加 …):
   * "与2022年5月1日施行的条例" is a date, not a comparison.
   */
  private static boolean comparing(String text, Matcher m) {
    if (m.group(1).equals("比") || m.group(1).equals("较")) {
      return true;
    }
    int end = Quotes.clauseEnd(text, m.end());
    return COMPARING_WORDS.matcher(text.substring(m.end(), end)).find();
  }

  /**
   * "2026 年预算数比" over "2025 年执行数": a table's two-line heading, read as text, joins into "比2026 年".
   * A comparison broken over two lines is a sentence only if its first line is one.
   */
  private static boolean headingSplit(Paragraph paragraph, Matcher m) {
    TextLine first = paragraph.lineAt(m.start());
    if (first == paragraph.lineAt(m.start(2))) {
      return false;
    }
    return first.text().indexOf('，') < 0 && first.text().indexOf('。') < 0;
  }

  private static void period(
      int year, String from, String to, String printed, Place place, List<Finding> out) {
    int start = Integer.parseInt(from);
    int end = to == null ? start : Integer.parseInt(to);
    boolean overlaps = start <= year && year <= end;
    out.add(
        Finding.of(
            "实施周期覆盖预算年度",
            CheckKind.YEAR,
            overlaps ? CheckStatus.PASS : CheckStatus.FAIL,
            "“"
                + printed.strip()
                + "”"
                + (overlaps ? "覆盖 " + year + " 年。" : "与 " + year + " 年预算年度不重叠。"),
            place));
  }

  /** A 实施周期 column of a performance table. */
  private static void periodColumns(int year, DisclosureTable table, List<Finding> out) {
    for (var column : table.columns()) {
      if (!column.label().contains("实施周期")) {
        continue;
      }
      for (TableRow row : table.rows()) {
        row.cell(column.key())
            .map(TableCell::text)
            .map(String::strip)
            .map(YEAR_IN_PERIOD::matcher)
            .filter(Matcher::find)
            .ifPresent(
                m ->
                    period(
                        year,
                        m.group(1),
                        m.group(2),
                        m.group(),
                        new Place(table.kind(), table.number(), row.key(), column.key(), 0, 0),
                        out));
      }
    }
  }

  private static void titleYear(int year, DisclosureTable table, List<Finding> out) {
    Matcher m = TITLE_YEAR.matcher(table.title());
    if (!m.find()) {
      return;
    }
    int named = Integer.parseInt(m.group(1));
    if (named != year) {
      out.add(
          Finding.of(
              "表题年度为预算年度",
              CheckKind.YEAR,
              CheckStatus.FAIL,
              table.number() + "表题“" + table.title() + "”写 " + named + " 年，本文件是 " + year + " 年预算。",
              Place.table(table.kind(), table.number() + " " + table.kind().chinese())));
    }
  }
}
