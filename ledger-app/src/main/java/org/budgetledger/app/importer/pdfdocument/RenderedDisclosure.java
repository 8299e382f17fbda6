package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import org.budgetledger.app.importer.layout.DocumentIdentity;
import org.budgetledger.app.importer.layout.FamilyDetection;
import org.budgetledger.projections.checks.PrintedChange;

/**
 * A PDF disclosure rendered as the tab-separated disclosure text the importer's parser reads, one
 * line per table row, with the place of every line in the PDF ({@code places.get(n - 1)} for line
 * n), the family it was read as and its identity, and remarks on what was printed and not read (a
 * table of money whose title the family's profile does not know); {@code printedFigures} the
 * figures (non-zero amounts) its read tables print, every row and column of them, whether or not
 * the canonical text takes them: what the reconciliation's figure count is measured against (null
 * when the family is read as disclosure text, whose tables are not parsed into figures here);
 * {@code printedChanges} the changes its tables print beside last year's figures, which the
 * auditor's checks hold against the tables themselves.
 */
public record RenderedDisclosure(
    String text,
    List<LinePlace> places,
    FamilyDetection family,
    DocumentIdentity identity,
    int tables,
    int cells,
    List<String> remarks,
    List<TableFigures> printedFigures,
    List<PrintedChange> printedChanges) {
  public RenderedDisclosure {
    printedFigures = List.copyOf(printedFigures);
    places = List.copyOf(places);
    remarks = List.copyOf(remarks);
    printedChanges = List.copyOf(printedChanges);
  }

  /** A rendering whose tables print no change beside last year's figures. */
  public RenderedDisclosure(
      String text,
      List<LinePlace> places,
      FamilyDetection family,
      DocumentIdentity identity,
      int tables,
      int cells,
      List<String> remarks,
      List<TableFigures> printedFigures) {
    this(text, places, family, identity, tables, cells, remarks, printedFigures, List.of());
  }

  /** The place of a 1-based line, null for line 0 (the whole document) or beyond the text. */
  public LinePlace placeOf(int lineNo) {
    return lineNo < 1 || lineNo > places.size() ? null : places.get(lineNo - 1);
  }
}
