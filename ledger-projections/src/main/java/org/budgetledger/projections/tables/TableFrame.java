package org.budgetledger.projections.tables;

import java.util.List;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.budget.BudgetView;

/** What every table shares: its number and title in the view's format, and 金额单位：万元. */
public final class TableFrame {
  public static final String UNIT_LABEL = "金额单位：万元";

  /** Printed under a table the department has nothing to report in. */
  public static final String NOT_INVOLVED = "说明：本单位不涉及此项工作内容";

  public static final String TOTAL_LABEL = "合 计";

  private TableFrame() {}

  public static DisclosureTable table(
      BudgetView view,
      TableKind kind,
      List<List<HeaderCell>> header,
      List<Column> columns,
      List<TableRow> rows,
      List<String> notes) {
    DisclosureFormat format = view.header().format();
    return new DisclosureTable(
        kind,
        TableNumbering.label(format, kind),
        TableTitles.title(format, view.header().id().year().value(), kind),
        UNIT_LABEL,
        header,
        columns,
        rows,
        notes);
  }

  public static boolean isDistrict(BudgetView view) {
    return view.header().format() == DisclosureFormat.DISTRICT;
  }

  /** A header cell spanning {@code cols} columns and {@code rows} header rows. */
  public static HeaderCell span(String text, int cols, int rows) {
    return new HeaderCell(text, cols, rows);
  }
}
