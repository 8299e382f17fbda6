package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * A table's rows (the tab-separated lines) once the lines around them are set aside: the unit of
 * amount ({@code 金额单位}), captions, and the note {@code 说明：本单位不涉及此项工作内容}, which marks a table the
 * unit has nothing to report in ({@code notApplicableLine} > 0).
 */
record TableBody(
    TableHeading heading, List<SourceLine> rows, boolean inYuan, int notApplicableLine) {
  TableBody {
    rows = List.copyOf(rows);
  }

  boolean notApplicable() {
    return notApplicableLine > 0;
  }
}
