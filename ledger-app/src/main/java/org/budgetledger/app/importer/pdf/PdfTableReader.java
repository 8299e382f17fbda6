package org.budgetledger.app.importer.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a published budget PDF into tables and text lines, at glyph level with its ruling lines.
 * Needs no application: no Spring, no database. Every failure comes out as a {@link
 * PdfReadException} naming the file and, where known, the page; nothing unchecked escapes.
 */
public final class PdfTableReader {
  private final PdfLimits limits;

  public PdfTableReader() {
    this(PdfLimits.DEFAULT);
  }

  public PdfTableReader(PdfLimits limits) {
    this.limits = limits;
  }

  public PdfContent read(Path file) throws PdfReadException {
    String name = PdfReadException.fileName(file);
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw new PdfReadException(
            PdfProblem.TOO_LARGE, name, 0, size + " bytes, at most " + limits.maxFileBytes());
      }
      return read(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new PdfReadException(PdfProblem.UNREADABLE, name, 0, e.toString(), e);
    }
  }

  public PdfContent read(String name, byte[] bytes) throws PdfReadException {
    if (bytes.length > limits.maxFileBytes()) {
      throw new PdfReadException(
          PdfProblem.TOO_LARGE, name, 0, bytes.length + " bytes, at most " + limits.maxFileBytes());
    }
    FileCheck.requirePdfFrame(name, bytes);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return read(name, document);
    } catch (InvalidPasswordException e) {
      throw new PdfReadException(PdfProblem.ENCRYPTED, name, 0, e.getMessage(), e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new PdfReadException(PdfProblem.CORRUPTED, name, 0, e.toString(), e);
    }
  }

  private PdfContent read(String name, PDDocument document) throws PdfReadException {
    int pageCount = document.getNumberOfPages();
    if (pageCount > limits.maxPages()) {
      throw new PdfReadException(
          PdfProblem.TOO_MANY_PAGES, name, 0, pageCount + " pages, at most " + limits.maxPages());
    }
    GlyphStripper stripper = new GlyphStripper(limits.maxGlyphsPerPage());
    List<PageLayout> layouts = new ArrayList<>();
    List<Integer> imageOnly = new ArrayList<>();
    int tables = 0;
    for (int p = 1; p <= pageCount; p++) {
      PageRead page = readPage(name, document, stripper, p);
      if (page.glyphs().isEmpty() && page.images() > 0) {
        imageOnly.add(p);
      }
      PageLayout layout =
          PageLayout.of(name, p, page.glyphs(), page.rulings(), limits.maxColumns());
      tables += layout.tables().size();
      if (tables > limits.maxTables()) {
        throw new PdfReadException(
            PdfProblem.TOO_MANY_TABLES,
            name,
            p,
            "more than " + limits.maxTables() + " tables up to this page");
      }
      layouts.add(layout);
    }
    boolean noText = layouts.stream().allMatch(l -> l.tables().isEmpty() && l.lines().isEmpty());
    if (noText) {
      int page = imageOnly.isEmpty() ? 0 : imageOnly.get(0);
      throw new PdfReadException(
          imageOnly.isEmpty() ? PdfProblem.UNREADABLE : PdfProblem.SCANNED,
          name,
          page,
          imageOnly.isEmpty() ? "no text on any page" : "");
    }
    List<String> remarks =
        imageOnly.stream()
            .map(p -> "第 " + p + " 页只有图像，没有可读取的文字 (page " + p + " is an image only)")
            .toList();
    List<PdfTextLine> lines =
        layouts.stream().flatMap(l -> l.lines().stream().map(PlacedLine::line)).toList();
    return new PdfContent(name, pageCount, TableAssembler.tables(layouts), lines, remarks);
  }

  private PageRead readPage(String name, PDDocument document, GlyphStripper stripper, int p)
      throws PdfReadException {
    try {
      ContentCheck.requireIntact(name, p, document.getPage(p - 1));
      List<Glyph> glyphs = stripper.read(document, p);
      if (stripper.overLimit()) {
        throw new PdfReadException(
            PdfProblem.TOO_MANY_GLYPHS,
            name,
            p,
            "more than " + limits.maxGlyphsPerPage() + " glyphs");
      }
      RulingEngine engine = new RulingEngine(document.getPage(p - 1));
      List<Ruling> rulings = RulingMerger.merge(engine.read());
      if (rulings.size() > limits.maxRulingsPerPage()) {
        throw new PdfReadException(
            PdfProblem.TOO_MANY_RULINGS,
            name,
            p,
            rulings.size() + " ruling lines, at most " + limits.maxRulingsPerPage());
      }
      List<Glyph> visible = engine.hidden().visible(glyphs);
      return new PageRead(OverprintFilter.distinct(visible), rulings, engine.images());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new PdfReadException(PdfProblem.CORRUPTED, name, p, e.toString(), e);
    }
  }

  private record PageRead(List<Glyph> glyphs, List<Ruling> rulings, int images) {}
}
