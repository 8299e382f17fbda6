package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph of narrative: lines a PDF wrapped, joined again, each character still traceable to
 * its line and page. A paragraph ends at a blank line, after a line ending 。：; or before a heading
 * (（一）, 一、, 1.), so that a sentence broken by the page width is read whole; a page footer (its
 * number, blank lines) does not end a sentence that runs on to the next page.
 */
record Paragraph(String text, List<TextLine> lines, int[] lineStarts) {
  private static final Pattern HEADING =
      Pattern.compile("^\\s*(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+[.．、](?!\\d)" + "|第[一二三四五六七八九十]+)");

  /** A page number printed in the footer: 5, - 30 -, 第 3 页. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^\\s*([-—–]\\s*\\d+\\s*[-—–]|\\d+|第\\s*\\d+\\s*页(\\s*共\\s*\\d+\\s*页)?)\\s*$");

  /** A sentence, not a table's heading or row read as text: it has sentence marks. */
  boolean isProse() {
    return text.indexOf('，') >= 0 || text.indexOf('。') >= 0;
  }

  /** The line a character offset of {@link #text} came from. */
  TextLine lineAt(int offset) {
    int index = 0;
    for (int i = 0; i < lineStarts.length; i++) {
      if (lineStarts[i] <= offset) {
        index = i;
      }
    }
    return lines.get(index);
  }

  static List<Paragraph> of(List<TextLine> lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<TextLine> current = new ArrayList<>();
    boolean blank = false;
    for (TextLine line : lines) {
      String text = line.text().strip();
      if (text.isEmpty() || (line.page() > 0 && PAGE_NUMBER.matcher(text).matches())) {
        blank = true;
        continue;
      }
      if (!current.isEmpty()
          && (HEADING.matcher(text).find()
              || ends(current)
              || (blank && !turnsPage(current, line)))) {
        flush(current, paragraphs);
      }
      blank = false;
      current.add(line);
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /** A sentence that runs on over a page break: the blank lines are the footer, not a break. */
  private static boolean turnsPage(List<TextLine> current, TextLine next) {
    return next.page() > current.get(current.size() - 1).page();
  }

  private static boolean ends(List<TextLine> current) {
    String last = current.get(current.size() - 1).text().strip();
    return last.endsWith("。") || last.endsWith("：") || last.endsWith("；") || last.endsWith(":");
  }

  private static void flush(List<TextLine> current, List<Paragraph> out) {
    if (current.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    int[] starts = new int[current.size()];
    for (int i = 0; i < current.size(); i++) {
      starts[i] = text.length();
      text.append(current.get(i).text().strip());
    }
    out.add(new Paragraph(text.toString(), List.copyOf(current), starts));
    current.clear();
  }
}
