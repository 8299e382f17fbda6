package org.budgetledger.projections.tables;

import java.util.List;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.projections.entries.LegFilter;

/** Where a cell's content comes from, so that a click on it can show the events behind it. */
public sealed interface CellSource {

  /** The sum of the ledger legs the filter selects. */
  record Legs(LegFilter filter) implements CellSource {}

  /**
   * The sum of the spending tags under a category path (政府采购, 政府购买服务). With an {@code occurrence}
   * (0-based), only that one of the tags whose path equals {@code pathPrefix}, in the view's order:
   * the municipal 政府购买服务明细表 prints the same path on several rows. With a {@code last} element, only
   * the tags whose path ends with it: a 政府采购 table's 资金来源 column ({@link
   * org.budgetledger.core.model.SpendingTag#FUND_SOURCE}).
   */
  record Tags(TagKind kind, List<String> pathPrefix, Integer occurrence, String last)
      implements CellSource {
    public Tags {
      pathPrefix = List.copyOf(pathPrefix);
    }

    /** Every tag under the path prefix, as first released. */
    public Tags(TagKind kind, List<String> pathPrefix) {
      this(kind, pathPrefix, null, null);
    }

    /** One occurrence of an exact path, or every tag under the prefix when null. */
    public Tags(TagKind kind, List<String> pathPrefix, Integer occurrence) {
      this(kind, pathPrefix, occurrence, null);
    }
  }

  /**
   * Money a published table allocated (a project's, by unit and fund source), recorded as printed
   * and so rounded as printed: a rule adding such cells of a rebuilt table allows their rounding,
   * where it holds the ledger's own sums exact. The cell adds the legs that name the project.
   * {@code terms}: how many printed figures the cell sums (0 where not counted), each rounded on
   * its own, so the cell may miss a figure the publisher rounded once by as many half units and the
   * half unit of that figure's own rounding.
   */
  record Allocated(String description, int terms) implements CellSource {
    public Allocated(String description) {
      this(description, 0);
    }
  }

  /** A non-money fact recorded by an event (a performance indicator, a unit name). */
  record Fact(String description) implements CellSource {}

  /**
   * A figure or fact as a published document printed it: the 1-based line of the extracted text (0
   * when the cell was empty and its line is not known) and the printed text. Published tables carry
   * it so that every difference the reconciliation reports points at the source line.
   */
  record Printed(int lineNo, String text) implements CellSource {
    public Printed {
      text = text == null ? "" : text;
    }
  }

  /** A label printed by the layout itself (headings, fixed row names). */
  record Layout() implements CellSource {}
}
