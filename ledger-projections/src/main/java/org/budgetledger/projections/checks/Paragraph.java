package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph of narrative: lines a PDF wrapped, joined again, each character still traceable to
 * its line and page. A paragraph ends at a blank line, after a line ending 。：; or before a
 * heading (（一）, 一、, 1.), so that a sentence broken by the page width is read whole.
 */
record Paragraph(String text, List<TextLine> lines, int[] lineStarts) {
  private static final Pattern HEADING =
      Pattern.compile("^\\s*(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+[.．、]|第[一二三四五六七八九十]+)");

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
    for (TextLine line : lines) {
      String text = line.text().strip();
      if (text.isEmpty()) {
        flush(current, paragraphs);
        continue;
      }
      if (!current.isEmpty() && (HEADING.matcher(text).find() || ends(current))) {
        flush(current, paragraphs);
      }
      current.add(line);
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static boolean ends(List<TextLine> current) {
    String last = current.get(current.size() - 1).text().strip();
    return last.endsWith("。") || last.endsWith("：") || last.endsWith("；")
        || last.endsWith(":");
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
