package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.TableHeading;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;
import org.budgetledger.projections.tables.TableRow;

/**
 * Cells and tables of published figures. A money cell holds the exact fen of the printed text, its
 * printed decimals ({@link TableCell#fixedDecimals()}) and its line ({@link CellSource.Printed});
 * an empty cell is zero at the document's decimals, printed on its row's line. Labels are layout
 * text (never compared); facts (表12/表13) are printed text.
 */
final class PrintedCells {
  private PrintedCells() {}

  static TableCell money(String column, PublishedAmount amount, int emptyDecimals, int rowLine) {
    if (!PublishedAmount.printed(amount)) {
      // a column the family does not print: a label, so neither side's figure is compared
      return TableCell.notPrinted(column);
    }
    if (amount == null) {
      return TableCell.money(column, Fen.ZERO, new CellSource.Printed(rowLine, ""), emptyDecimals);
    }
    return TableCell.money(
        column,
        amount.value(),
        new CellSource.Printed(amount.lineNo(), amount.text()),
        amount.decimals());
  }

  static TableCell label(String column, String text) {
    return TableCell.text(column, text);
  }

  static TableCell fact(String column, String text, int lineNo) {
    return new TableCell(
        column, text == null ? "" : text, null, new CellSource.Printed(lineNo, text));
  }

  static DisclosureTable table(
      DisclosureDocument document,
      TableHeading heading,
      TableKind kind,
      List<Column> columns,
      List<TableRow> rows,
      List<String> notes) {
    String number = TableNumbering.label(document.header().format(), kind);
    return new DisclosureTable(
        kind,
        number,
        heading.title(),
        "金额单位：万元",
        List.of(columns.stream().map(c -> HeaderCell.of(c.label())).toList()),
        columns,
        rows,
        notes);
  }

  static List<Column> columns(String... keyLabel) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < keyLabel.length; i += 2) {
      columns.add(new Column(keyLabel[i], keyLabel[i + 1]));
    }
    return columns;
  }

  /** Row keys as the builders make them unique: the n-th repeat of a key gets {@code #n}. */
  static final class Keys {
    private final Map<String, Integer> seen = new HashMap<>();

    String unique(String key) {
      int n = seen.merge(key, 1, Integer::sum);
      return n == 1 ? key : key + "#" + n;
    }
  }
}
