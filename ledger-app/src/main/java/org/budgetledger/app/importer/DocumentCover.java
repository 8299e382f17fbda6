package org.budgetledger.app.importer;

import java.util.stream.Collectors;
import org.budgetledger.app.importer.pdfdocument.CoverLines;

/**
 * A canonical text split into its frame, the cover lines that say how the document prints its
 * tables ({@code 版式：}, {@code 表题：}), and the rest: what the document says. Two texts whose rest is
 * the same are one document read by two versions of the reader.
 */
final class DocumentCover {
  private DocumentCover() {}

  static String frame(String text) {
    return text.lines().filter(DocumentCover::isCover).collect(Collectors.joining("\n"));
  }

  static String withoutFrame(String text) {
    return text.lines().filter(l -> !isCover(l)).collect(Collectors.joining("\n"));
  }

  /** The stored text with its frame read again: the newer cover first, the old one dropped. */
  static String reframed(String stored, String frame) {
    return frame + "\n" + withoutFrame(stored);
  }

  private static boolean isCover(String line) {
    return line.startsWith(CoverLines.FAMILY) || line.startsWith(CoverLines.TITLE);
  }
}
