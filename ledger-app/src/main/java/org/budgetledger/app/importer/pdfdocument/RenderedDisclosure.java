package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import org.budgetledger.app.importer.layout.DocumentIdentity;
import org.budgetledger.app.importer.layout.FamilyDetection;

/**
 * A PDF disclosure rendered as the tab-separated disclosure text the importer's parser reads, one
 * line per table row, with the place of every line in the PDF ({@code places.get(n - 1)} for line
 * n), the family it was read as and its identity, and remarks on what was printed and not read (a
 * table of money whose title the family's profile does not know); {@code printedFigures} the
 * figures (non-zero amounts) its read tables print, every row and column of them, whether or not
 * the canonical text takes them: what the reconciliation's figure count is measured against (null
 * when the family is read as disclosure text, whose tables are not parsed into figures here).
 */
public record RenderedDisclosure(
    String text,
    List<LinePlace> places,
    FamilyDetection family,
    DocumentIdentity identity,
    int tables,
    int cells,
    List<String> remarks,
    List<TableFigures> printedFigures) {
  public RenderedDisclosure {
    printedFigures = List.copyOf(printedFigures);
    places = List.copyOf(places);
    remarks = List.copyOf(remarks);
  }

  /** The place of a 1-based line, null for line 0 (the whole document) or beyond the text. */
  public LinePlace placeOf(int lineNo) {
    return lineNo < 1 || lineNo > places.size() ? null : places.get(lineNo - 1);
  }
}
