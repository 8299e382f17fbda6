package org.budgetledger.projections.tables;

import java.util.List;
import org.budgetledger.core.model.TagKind;

/** Where a cell's content comes from, so that a click on it can show the events behind it. */
public sealed interface CellSource {

  /** The sum of the ledger legs the filter selects. */
  record Legs(LegFilter filter) implements CellSource {}

  /** The sum of the spending tags under a category path (政府采购, 政府购买服务). */
  record Tags(TagKind kind, List<String> pathPrefix) implements CellSource {
    public Tags {
      pathPrefix = List.copyOf(pathPrefix);
    }
  }

  /** A non-money fact recorded by an event (a performance indicator, a unit name). */
  record Fact(String description) implements CellSource {}

  /** A label printed by the layout itself (headings, fixed row names). */
  record Layout() implements CellSource {}
}
