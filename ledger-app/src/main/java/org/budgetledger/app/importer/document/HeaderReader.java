package org.budgetledger.app.importer.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.problem.ProblemKind;

/** Reads what identifies the document: hash, fiscal year, date at the end. */
final class HeaderReader {
  private static final Pattern YEAR_NOTE = Pattern.compile("^[(（](\\d{4})年度[)）]$");
  private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})\\s*年");

  private HeaderReader() {}

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The year of {@code (2026年度)}, else of the first title that names one; null if none. */
  static Integer fiscalYear(
      List<SourceLine> lines, Collection<TableHeading> headings, Problems problems) {
    for (SourceLine line : lines) {
      Matcher m = YEAR_NOTE.matcher(Texts.compact(line.text()));
      if (!line.hasTabs() && m.matches()) {
        return Integer.valueOf(m.group(1));
      }
    }
    for (TableHeading heading : headings) {
      Matcher m = YEAR_IN_TITLE.matcher(heading.title());
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    problems.add(0, "", "预算年度", ProblemKind.FISCAL_YEAR_MISSING);
    return null;
  }

  /** The date on the last line that is only a date, {@code 2026年2月12日}; null if none. */
  static LocalDate documentDate(List<SourceLine> lines, Problems problems) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      SourceLine line = lines.get(i);
      Matcher m = NarrativeReader.DATE.matcher(line.stripped());
      if (!line.hasTabs() && m.matches()) {
        try {
          return LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
          problems.add(line, "文件日期", ProblemKind.DOCUMENT_DATE_INVALID);
          return null;
        }
      }
    }
    return null;
  }
}
