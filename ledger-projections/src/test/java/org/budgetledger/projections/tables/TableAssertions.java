package org.budgetledger.projections.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.core.model.Fen;

/** Reads figures out of a rebuilt table by row and column key, failing clearly when absent. */
public final class TableAssertions {
  private TableAssertions() {}

  public static Fen amount(DisclosureTable table, String row, String column) {
    TableCell cell =
        table
            .cell(row, column)
            .orElseThrow(
                () -> new AssertionError(table.kind() + " has no cell " + row + " / " + column));
    assertThat(cell.isMoney()).as(row + " / " + column + " is money").isTrue();
    return cell.amount();
  }

  public static String text(DisclosureTable table, String row, String column) {
    return table
        .cell(row, column)
        .orElseThrow(
            () -> new AssertionError(table.kind() + " has no cell " + row + " / " + column))
        .text();
  }

  public static Fen wan(String text) {
    return Fen.parseWan(text);
  }
}
