package org.budgetledger.app.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.CoverLines;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureException;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.importer.pdfdocument.RenderedDisclosure;
import org.budgetledger.app.importer.published.PublishedTables;
import org.budgetledger.projections.checks.CheckedDocument;
import org.budgetledger.projections.checks.PreviousBudget;
import org.budgetledger.projections.checks.PrintedChange;
import org.budgetledger.projections.checks.TextLine;
import org.budgetledger.projections.reconciliation.TableSet;

/**
 * A document as the checks read it: its tables as printed ({@link TableSet}) and its narrative
 * lines. The extracted text of a Beijing document gives both (the narrative is every line that is
 * not a tab-separated table row); a PDF gives its lines with pages, and its tables once the PDF
 * reader of issue 11 turns them into a {@code TableSet}.
 */
public final class DocumentSources {
  private DocumentSources() {}

  /** Reads one file; a file that cannot be read raises an error naming it and the reason. */
  public static CheckedDocument read(Path file) {
    String name = file.getFileName().toString();
    try {
      if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
        return pdf(name, Files.readAllBytes(file), PdfText.lines(file));
      }
      return text(name, Files.readString(file, StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new UnreadableDocumentException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The extracted text of a published document, as imported. */
  public static CheckedDocument text(String name, String content, PreviousBudget previous) {
    ParseResult parsed = new DisclosureDocumentParser().parse(name, content);
    List<TextLine> lines = new ArrayList<>();
    List<TextLine> narrative = new ArrayList<>();
    String[] raw = content.split("\\R", -1);
    for (int i = 0; i < raw.length; i++) {
      TextLine line = new TextLine(i + 1, 0, raw[i]);
      lines.add(line);
      narrative.add(raw[i].indexOf('\t') >= 0 ? new TextLine(i + 1, 0, "") : line);
    }
    Integer year = parsed.document().header().fiscalYear();
    if (year == null) {
      year = DocumentFacts.year(lines);
    }
    if (year == null) {
      throw new UnreadableDocumentException(name + ": no fiscal year found in the title");
    }
    TableSet tables;
    try {
      tables = PublishedTables.tableSet(parsed);
    } catch (IllegalArgumentException unnumbered) {
      tables = new TableSet(null, 2, false, Map.of(), List.of(), List.of());
    }
    return new CheckedDocument(
        name, year, DocumentFacts.scope(lines), tables, narrative, previous, mappedFamily(raw));
  }

  /**
   * The family whose own tables the text's canonical tables were mapped from: its cover line {@code
   * 版式：family}, written when a PDF was read (so a document imported from a PDF is checked in {@code
   * reconcile} as in {@code check}); null for a family read as the canonical text.
   */
  private static String mappedFamily(String[] raw) {
    for (String line : raw) {
      if (line.startsWith(CoverLines.FAMILY)) {
        return LayoutProfiles.builtIn()
            .family(line.substring(CoverLines.FAMILY.length()).strip())
            .filter(profile -> profile.textFormat() == null)
            .map(LayoutProfile::family)
            .orElse(null);
      }
    }
    return null;
  }

  /**
   * A PDF: its tables as the PDF reader renders them for the parser (issue 11), where its family is
   * one the parser numbers, and its text lines with pages for the narrative checks. A PDF whose
   * tables cannot be read is still checked on its text: the report says no table was read.
   */
  private static CheckedDocument pdf(String name, byte[] bytes, List<TextLine> lines) {
    Integer year = DocumentFacts.year(lines);
    TableSet tables = new TableSet(null, 2, false, Map.of(), List.of(), List.of());
    String mapped = null;
    List<PrintedChange> changes = List.of();
    try {
      RenderedDisclosure rendered =
          new PdfDisclosureReader(LayoutProfiles.builtIn()).read(name, bytes);
      CheckedDocument fromTables = text(name, rendered.text(), null);
      tables = fromTables.tables();
      mapped = fromTables.mappedFamily();
      year = year == null ? fromTables.year() : year;
      changes = rendered.printedChanges();
    } catch (PdfDisclosureException | RuntimeException unreadTables) {
      // The narrative checks still run; the tables' own checks have nothing to read.
    }
    if (year == null) {
      throw new UnreadableDocumentException(name + ": no fiscal year found on the first pages");
    }
    return new CheckedDocument(
        name, year, DocumentFacts.scope(lines), tables, lines, null, mapped, changes);
  }
}
