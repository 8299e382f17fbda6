package org.budgetledger.app.importer.layout;

import java.util.List;

/**
 * The family a document was recognised as, from its own text: the profile, the lines its markers
 * matched, and how many of its tables' titles the document prints.
 */
public record FamilyDetection(LayoutProfile profile, List<String> markerLines, int titlesFound) {
  public FamilyDetection {
    markerLines = List.copyOf(markerLines);
  }
}
