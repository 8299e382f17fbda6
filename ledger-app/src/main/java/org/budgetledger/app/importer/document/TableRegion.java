package org.budgetledger.app.importer.document;

import java.util.List;

/** The lines of one table, from after its title to the next title or narrative heading. */
record TableRegion(TableHeading heading, List<SourceLine> lines) {
  TableRegion {
    lines = List.copyOf(lines);
  }
}
