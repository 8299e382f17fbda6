package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns glyphs into text: lines by baseline, words by gaps. Chinese needs no spaces, so a gap
 * between two CJK characters (letter-spaced 合　计) is no space, and a line wrapped inside a cell
 * joins without one; an amount wrapped over two lines keeps its digits together.
 */
final class TextAssembler {
  /** A gap wider than this share of the font size is a space between words. */
  private static final double SPACE_GAP = 0.3;

  private TextAssembler() {}

  /** Glyphs grouped into lines, top to bottom, each line left to right. */
  static List<List<Glyph>> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::centerY));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    double centerSum = 0;
    double minSize = 0;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && Math.abs(g.centerY() - centerSum / current.size())
          > Math.min(g.size(), minSize) * 0.5) {
        lines.add(current);
        current = new ArrayList<>();
        centerSum = 0;
      }
      minSize = current.isEmpty() ? g.size() : Math.min(minSize, g.size());
      current.add(g);
      centerSum += g.centerY();
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    for (List<Glyph> line : lines) {
      line.sort(Comparator.comparingDouble(Glyph::x));
    }
    return lines;
  }

  /** The text of one line, with a space where the gap between words asks for one. */
  static String lineText(List<Glyph> line) {
    StringBuilder text = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : line) {
      if (previous != null && g.x() - previous.right() > SPACE_GAP * g.size()
          && !(isCjk(last(previous.text())) && isCjk(first(g.text())))) {
        text.append(' ');
      }
      text.append(g.text());
      previous = g;
    }
    return text.toString();
  }

  /** The text of a cell: its lines joined as the wrap requires. */
  static String cellText(List<Glyph> glyphs) {
    String text = "";
    for (List<Glyph> line : lines(glyphs)) {
      text = joinWrapped(text, lineText(line));
    }
    return text;
  }

  /** Two pieces of a text wrapped from one line to the next. */
  static String joinWrapped(String before, String after) {
    if (before.isEmpty() || after.isEmpty()) {
      return before + after;
    }
    boolean space = needsSpace(before.codePointBefore(before.length()), after.codePointAt(0));
    return before + (space ? " " : "") + after;
  }

  private static boolean needsSpace(int before, int after) {
    if (isCjk(before) || isCjk(after)) {
      return false;
    }
    boolean numericJoin = (Character.isDigit(before) || before == ',' || before == '.'
        || before == '-') && (Character.isDigit(after) || after == ',' || after == '.');
    return !numericJoin && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  static boolean isCjk(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
        || c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D;
  }

  private static int first(String s) {
    return s.codePointAt(0);
  }

  private static int last(String s) {
    return s.codePointBefore(s.length());
  }
}
