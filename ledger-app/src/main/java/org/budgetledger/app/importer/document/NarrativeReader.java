package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Finds the narrative sections by their headings ({@code 一、部门概况}, {@code 三、… 情况说明}, {@code 四、名词解释};
 * the table of contents, whose lines carry page numbers in a second cell, is not a heading) and
 * reads each.
 */
final class NarrativeReader {
  private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、\\S.*");
  private static final Pattern ENTRY = Pattern.compile("^(\\d{1,3})\\s*[.．、]\\s*(.+)$");
  static final Pattern DATE =
      Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");

  private NarrativeReader() {}

  static Narrative read(List<SourceLine> lines, String departmentName, Problems problems) {
    List<SourceLine> overview = section(lines, "概况");
    List<SourceLine> explanation = section(lines, "情况说明");
    List<SourceLine> glossary = section(lines, "名词解释");
    if (overview.isEmpty() && explanation.isEmpty() && glossary.isEmpty()) {
      return Narrative.empty();
    }
    return new Narrative(
        join(overview),
        join(explanation),
        glossary(glossary, departmentName, problems),
        NarrativeFigureExtractor.extract(explanation, problems));
  }

  /** The lines after the heading that contains {@code word}, up to the next heading or table. */
  private static List<SourceLine> section(List<SourceLine> lines, String word) {
    List<SourceLine> body = new ArrayList<>();
    boolean inside = false;
    for (SourceLine line : lines) {
      boolean heading = !line.hasTabs() && HEADING.matcher(line.stripped()).matches();
      if (heading || line.stripped().matches("^预算\\s*\\d{1,2}\\s*表.*")) {
        inside = heading && line.stripped().contains(word);
      } else if (inside && !line.isBlank()) {
        body.add(line);
      }
    }
    return body;
  }

  private static String join(List<SourceLine> lines) {
    return String.join("\n", lines.stream().map(SourceLine::stripped).toList());
  }

  private static List<GlossaryEntry> glossary(
      List<SourceLine> lines, String departmentName, Problems problems) {
    List<GlossaryEntry> entries = new ArrayList<>();
    for (SourceLine line : lines) {
      String text = line.stripped();
      if (DATE.matcher(text).matches()
          || Texts.compact(text)
              .equals(Texts.compact(departmentName == null ? "" : departmentName))) {
        continue; // the signature: department and date, read by the header
      }
      Matcher m = ENTRY.matcher(text);
      int colon = text.replace('：', ':').indexOf(':');
      if (m.matches() && colon > 0) {
        String term = m.group(2).substring(0, m.group(2).replace('：', ':').indexOf(':'));
        entries.add(
            new GlossaryEntry(
                Integer.parseInt(m.group(1)),
                term.strip(),
                text.substring(colon + 1).strip(),
                line.lineNo()));
      } else if (!entries.isEmpty()) {
        GlossaryEntry last = entries.remove(entries.size() - 1);
        entries.add(
            new GlossaryEntry(last.number(), last.term(), last.definition() + text, last.lineNo()));
      } else {
        problems.add(line, "名词解释", ProblemKind.GLOSSARY_TEXT_BEFORE_ENTRY);
      }
    }
    return entries;
  }
}
