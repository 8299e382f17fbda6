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
  /** A gap wider than this share of the font size is a space between words (Helvetica: 0.28). */
  private static final double SPACE_GAP = 0.2;

  /** Between CJK characters on a page line, a gap this many font sizes wide separates fields. */
  private static final double FIELD_GAP = 1.5;

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
      if (!current.isEmpty()
          && Math.abs(g.centerY() - centerSum / current.size())
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

  /**
   * The text of one line of a page, with a space where the gap between words asks for one; two
   * fields far apart on one line ({@code 编制单位：…　　单位：元}) are kept apart by a space.
   */
  static String lineText(List<Glyph> line) {
    return lineText(line, FIELD_GAP);
  }

  /** The text of one line inside a cell: CJK characters are never spaced apart. */
  static String cellLineText(List<Glyph> line) {
    return lineText(line, Double.MAX_VALUE);
  }

  private static String lineText(List<Glyph> line, double cjkGap) {
    StringBuilder text = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : line) {
      double gap = g.x() - previous(previous);
      // Chinese is written without spaces, also next to digits and Latin letters (2026年).
      boolean cjk = previous != null && (isCjk(last(previous.text())) || isCjk(first(g.text())));
      if (previous != null && gap > SPACE_GAP * g.size() && (!cjk || gap > cjkGap * g.size())) {
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
      text = joinWrapped(text, cellLineText(line));
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
    boolean numericJoin =
        (Character.isDigit(before) || before == ',' || before == '.' || before == '-')
            && (Character.isDigit(after) || after == ',' || after == '.');
    return !numericJoin && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  /**
   * Spaces dropped next to CJK characters (标 题, 合　计) and collapsed elsewhere, so that a title or
   * header reads the same however the producer spaced it.
   */
  static String tidy(String text) {
    String collapsed = text.replaceAll("[\\s\u3000]+", " ").strip();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      if (c == ' ' && (isCjk(collapsed.charAt(i - 1)) || isCjk(collapsed.charAt(i + 1)))) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  static boolean isCjk(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF)
        || c == 0x2014
        || c == 0x2026
        || c == 0x201C
        || c == 0x201D;
  }

  private static double previous(Glyph previous) {
    return previous == null ? 0 : previous.right();
  }

  private static int first(String s) {
    return s.codePointAt(0);
  }

  private static int last(String s) {
    return s.codePointBefore(s.length());
  }
}
