package org.budgetledger.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 writers on the process's standard streams: table titles and names are Chinese, and the
 * platform default may be ASCII in a bare container. Looked up on each call, so tests that swap
 * {@code System.out} see the output.
 */
final class Terminal {
  private Terminal() {}

  static PrintWriter out() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  static PrintWriter err() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }

  /** Columns a string takes on a terminal: CJK and full-width forms take two. */
  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || cp == 0x201C
        || cp == 0x201D;
  }

  static String pad(String text, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - width(text)));
    return right ? fill + text : text + fill;
  }
}
