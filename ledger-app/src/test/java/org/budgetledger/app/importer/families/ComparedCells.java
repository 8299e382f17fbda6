package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.app.importer.ImportedDocument;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellFinding;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;

/**
 * One published cell of an imported document and how the reconciliation judged it. The comparison
 * lists every verdict but EXACT as a finding, and judges every published money cell that is not
 * blank: so a printed non-zero figure with no finding came back EXACT.
 */
final class ComparedCells {
  private ComparedCells() {}

  /** The published money cell as the import read it (fails when the table does not hold it). */
  static TableCell printed(
      ImportedDocuments documents, String budgetId, TableKind kind, String row, String column) {
    List<ImportedDocument> imported = documents.of(BudgetId.parse(budgetId));
    return imported
        .get(0)
        .publishedTables()
        .cell(kind, row, column)
        .filter(TableCell::isMoney)
        .orElseThrow(() -> new AssertionError(kind + " " + row + "/" + column + " not read"));
  }

  /** The verdict on a published cell: its finding's status, EXACT when it has none. */
  static CellStatus status(CellComparisonResult cells, TableKind kind, String row, String column) {
    return cells.findings().stream()
        .filter(f -> f.table() == kind && f.rowKey().equals(row) && f.columnKey().equals(column))
        .map(CellFinding::status)
        .findFirst()
        .orElse(CellStatus.EXACT);
  }

  /**
   * A printed figure was read as {@code printed} at its row (a {@link RowType#SUBTOTAL} where
   * {@code subtotal}) and came back EXACT or within rounding: judged, not left NOT_IN_REBUILT.
   */
  static void assertAgrees(
      ImportedDocuments documents,
      String budgetId,
      CellComparisonResult cells,
      TableKind table,
      String row,
      String column,
      Fen printed,
      boolean subtotal) {
    assertThat(printed(documents, budgetId, table, row, column).amount()).isEqualTo(printed);
    assertThat(status(cells, table, row, column))
        .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    RowType type =
        documents
            .of(BudgetId.parse(budgetId))
            .get(0)
            .publishedTables()
            .table(table)
            .orElseThrow()
            .row(row)
            .orElseThrow()
            .type();
    assertThat(type == RowType.SUBTOTAL).isEqualTo(subtotal);
    assertThat(cells.findings())
        .noneMatch(
            f ->
                f.table() == table
                    && f.rowKey().equals(row)
                    && f.columnKey().equals(column)
                    && f.status() != CellStatus.WITHIN_ROUNDING);
  }
}
