package org.budgetledger.app.importer.pdfdocument;

import java.util.List;

/**
 * A row of a classified table with its whole code (类/款/项 parts joined, the parent carried down
 * where a part is left blank), its name and its cells; or the table's 合计 row.
 */
record CodedRow(String code, String name, List<PublishedCell> cells, boolean total) {
  /** Whether this row is an item of {@code parent} (its code extends the parent's). */
  boolean isChildOf(CodedRow parent) {
    return !total
        && !parent.total()
        && code.length() > parent.code().length()
        && code.startsWith(parent.code());
  }
}
