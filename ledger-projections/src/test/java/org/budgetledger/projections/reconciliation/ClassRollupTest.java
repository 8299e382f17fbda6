package org.budgetledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.reconciliation.SmallTables.exact;
import static org.budgetledger.projections.reconciliation.SmallTables.printed;
import static org.budgetledger.projections.reconciliation.SmallTables.row;
import static org.budgetledger.projections.reconciliation.SmallTables.table;

import java.util.List;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/**
 * A fund table printing its spending by 类 only (Xi'an's 政府性基金收支表, p.64 of xian-2022): each 类 row is
 * compared with the rebuilt rows under it summed, zero where the ledger holds none.
 */
class ClassRollupTest {
  private static final TableKind FUND = TableKind.GOVERNMENT_FUND_EXPENDITURE;

  @Test
  void aClassPrintedAloneIsComparedWithTheLinesUnderIt() {
    CellComparisonResult result =
        CellComparison.compare(
            SmallTables.published(
                List.of(),
                table(
                    FUND,
                    row("212", RowType.DETAIL, printed("total", "303177.960800", 11)),
                    row("206", RowType.DETAIL, printed("total", "0.00", 12)),
                    row("total", RowType.TOTAL, printed("total", "303177.960800", 13)))),
            SmallTables.rebuilt(
                table(
                    FUND,
                    row("212", RowType.DETAIL, exact("total", "3000.000000")),
                    row("2120102", RowType.DETAIL, exact("total", "300177.960800")),
                    row("total", RowType.TOTAL, exact("total", "303177.960800")))));

    // 212 against 3000 + 300177.9608; 206 against nothing held under it: zero; the 合计
    assertThat(result.count(CellStatus.EXACT)).isEqualTo(3);
    // the rebuilt rows under 212 were compared through it: none is left unpublished
    assertThat(result.count(CellStatus.NOT_IN_PUBLISHED)).isZero();
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aClassOverItsPrintedItemsIsNotSummedAgain() {
    CellComparisonResult result =
        CellComparison.compare(
            SmallTables.published(
                List.of(),
                table(
                    FUND,
                    row("212", RowType.DETAIL, printed("total", "5.00", 11)),
                    row("2120102", RowType.DETAIL, printed("total", "5.00", 12)))),
            SmallTables.rebuilt(
                table(
                    FUND,
                    row("2120102", RowType.DETAIL, exact("total", "5.000000")),
                    row("2120103", RowType.DETAIL, exact("total", "1.000000")))));

    // 212 prints its item: it is no class printed alone, so its key is looked up as printed
    assertThat(result.count(CellStatus.NOT_IN_REBUILT)).isEqualTo(1);
    assertThat(result.count(CellStatus.EXACT)).isEqualTo(1);
    assertThat(result.count(CellStatus.NOT_IN_PUBLISHED)).isEqualTo(1);
  }

  @Test
  void aClassOfAnotherTableIsLookedUpAsPrinted() {
    TableKind es = TableKind.EXPENDITURE_SUMMARY;
    CellComparisonResult result =
        CellComparison.compare(
            SmallTables.published(
                List.of(), table(es, row("212", RowType.DETAIL, printed("total", "5.00", 11)))),
            SmallTables.rebuilt(
                table(es, row("2120102", RowType.DETAIL, exact("total", "5.000000")))));

    assertThat(result.count(CellStatus.NOT_IN_REBUILT)).isEqualTo(1);
  }
}
