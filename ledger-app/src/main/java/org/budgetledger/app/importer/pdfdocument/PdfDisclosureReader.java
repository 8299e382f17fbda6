package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.layout.DocumentIdentity;
import org.budgetledger.app.importer.layout.FamilyDetection;
import org.budgetledger.app.importer.layout.FamilyDetector;
import org.budgetledger.app.importer.layout.IdentityReader;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.layout.UnknownLayoutException;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfReadException;
import org.budgetledger.app.importer.pdf.PdfRow;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.app.importer.pdf.PdfTableReader;
import org.budgetledger.app.importer.pdf.PdfTextLine;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.app.importer.problem.PagePlace;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Turns a published PDF into the disclosure text the importer reads: the PDF's tables (the {@code
 * importer.pdf} reader), its family from its own titles and numbering (a profile under {@code
 * layouts/}), its identity from its cover and fields, then the tables rendered in the format the
 * family's profile names. What cannot be read is refused with file and page.
 */
public final class PdfDisclosureReader {
  private final LayoutProfiles profiles;
  private final PdfTableReader reader = new PdfTableReader();

  public PdfDisclosureReader(LayoutProfiles profiles) {
    this.profiles = profiles;
  }

  /** Whether the bytes are a PDF, by its signature ({@code %PDF-}), not by the file name. */
  public static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && bytes[0] == '%'
        && bytes[1] == 'P'
        && bytes[2] == 'D'
        && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  public RenderedDisclosure read(String fileName, byte[] bytes) throws PdfDisclosureException {
    PdfContent content;
    try {
      content = reader.read(fileName, bytes);
    } catch (PdfReadException e) {
      throw refused(
          fileName,
          e.page() > 0 ? "PDF 第 " + e.page() + " 页" : "PDF",
          ProblemKind.of(e.problem()),
          e.page(),
          e.getMessage());
    }
    return read(fileName, content);
  }

  /** The tables already read from a PDF, through its family's profile. */
  RenderedDisclosure read(String fileName, PdfContent content) throws PdfDisclosureException {
    FamilyDetection family;
    try {
      family = new FamilyDetector(profiles).detect(documentLines(content));
    } catch (UnknownLayoutException e) {
      throw refused(fileName, "版式", ProblemKind.LAYOUT_UNKNOWN, e.getMessage());
    }
    LayoutProfile profile = family.profile();
    DocumentIdentity identity = IdentityReader.read(identityLines(content));
    List<String> remarks =
        UnrecognisedTables.in(content.tables(), profile, profiles.vocabulary(profile));
    if (profile.textFormat() != null) {
      DisclosureTextRenderer.RenderedText text =
          new DisclosureTextRenderer(profile).render(content.tables());
      return new RenderedDisclosure(
          text.text(),
          text.places(),
          family,
          identity,
          text.tables(),
          text.cells(),
          remarks,
          List.of());
    }
    if (!canonical(profile)) {
      throw refused(
          fileName,
          "版式",
          ProblemKind.LAYOUT_NOT_IMPORTABLE,
          profile.family(),
          profile.name(),
          content.tables().size(),
          content.pageCount(),
          importable(),
          profile.codes());
    }
    var vocabulary = profiles.vocabulary(profile);
    ProfiledTables.Result grids = ProfiledTables.read(content.tables(), profile, vocabulary);
    if (!grids.problems().isEmpty()) {
      throw new PdfDisclosureException(
          grids.problems().stream()
              .map(
                  p ->
                      new ImportProblem(
                              fileName,
                              0,
                              p.column() == 0 ? "金额单位" : "第 " + p.column() + " 列",
                              p.kind(),
                              p.text(),
                              p.unit(),
                              p.english())
                          .at(new PagePlace(p.page(), p.table(), p.row())))
              .toList());
    }
    List<String> notes = new ArrayList<>(remarks);
    List<PriorYearFigures> priorYear = PriorYearFigures.in(grids.tables());
    notes.addAll(UnreadColumns.in(grids.tables(), vocabulary, priorYear));
    notes.addAll(PriorYearNotes.of(priorYear));
    notes.addAll(UnreadRows.in(grids.tables(), vocabulary));
    notes.addAll(UnitCodesPrintedTwice.in(grids.tables()));
    PrintedCodes codes =
        PrintedCodes.resolve(fileName, grids.tables(), profile, identity.fiscalYear());
    DisclosureTextRenderer.RenderedText text =
        new CanonicalTextRenderer(profile, vocabulary, codes).render(grids.tables(), identity);
    return new RenderedDisclosure(
        text.text(),
        text.places(),
        family,
        identity,
        text.tables(),
        text.cells(),
        notes,
        TableFigures.of(grids.tables()),
        priorYear.stream().flatMap(p -> p.changes().stream()).toList());
  }

  /**
   * Families map onto the canonical tables by their profile, whichever way they print codes:
   * digits, 类/款/项 columns, {@code [code]name}, or names alone resolved in the year's catalogue.
   */
  private static boolean canonical(LayoutProfile profile) {
    return profile.codes() != null;
  }

  private List<String> importable() {
    return profiles.all().stream()
        .filter(p -> p.textFormat() != null || canonical(p))
        .map(LayoutProfile::family)
        .toList();
  }

  /** Titles, the lines above each table and the text outside tables: what tells the family. */
  static List<String> documentLines(PdfContent content) {
    List<String> lines = new ArrayList<>();
    for (PdfTable table : content.tables()) {
      lines.add(table.title());
      lines.addAll(table.headingLines());
    }
    content.lines().stream().map(PdfTextLine::text).forEach(lines::add);
    return lines;
  }

  /** The text in reading order, cover first, then each table's heading and its rows' cells. */
  static List<String> identityLines(PdfContent content) {
    List<String> lines = new ArrayList<>();
    content.lines().stream().map(PdfTextLine::text).forEach(lines::add);
    for (PdfTable table : content.tables()) {
      lines.addAll(table.headingLines());
      List<PdfRow> rows = new ArrayList<>(table.headerRows());
      rows.addAll(table.rows());
      for (PdfRow row : rows) {
        lines.add(String.join("  ", row.texts()).strip());
      }
    }
    return lines;
  }

  private static PdfDisclosureException refused(
      String file, String field, ProblemKind kind, Object... args) {
    return new PdfDisclosureException(List.of(new ImportProblem(file, 0, field, kind, args)));
  }
}
