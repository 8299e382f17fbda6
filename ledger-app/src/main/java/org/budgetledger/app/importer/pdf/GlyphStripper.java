package org.budgetledger.app.importer.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with their positions, as PDFBox's text extraction places them
 * (the page's rotation and crop box applied, Unicode mapped through the font's tables). PDFBox's
 * own line building is bypassed: its plain text merges neighbouring cells.
 */
final class GlyphStripper extends PDFTextStripper {
  private final int maxGlyphs;
  private final List<Glyph> glyphs = new ArrayList<>();
  private boolean overLimit;

  GlyphStripper(int maxGlyphs) {
    this.maxGlyphs = maxGlyphs;
  }

  /** The glyphs of the 1-based {@code page}; whitespace glyphs are dropped (gaps tell spacing). */
  List<Glyph> read(PDDocument document, int page) throws IOException {
    glyphs.clear();
    overLimit = false;
    setStartPage(page);
    setEndPage(page);
    writeText(document, Writer.nullWriter());
    return List.copyOf(glyphs);
  }

  boolean overLimit() {
    return overLimit;
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null || overLimit) {
      return;
    }
    // No-break and figure spaces are spaces too: Java's isBlank does not count them.
    unicode = unicode.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
    if (unicode.isEmpty() || unicode.chars().anyMatch(Character::isISOControl)) {
      return;
    }
    if (glyphs.size() >= maxGlyphs) {
      overLimit = true;
      return;
    }
    glyphs.add(
        new Glyph(
            unicode,
            text.getX(),
            text.getY(),
            text.getWidth(),
            text.getHeight(),
            text.getFontSizeInPt()));
  }
}
