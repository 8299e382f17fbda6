package org.budgetledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.reconciliation.SmallTables.exact;
import static org.budgetledger.projections.reconciliation.SmallTables.fact;
import static org.budgetledger.projections.reconciliation.SmallTables.printed;
import static org.budgetledger.projections.reconciliation.SmallTables.row;
import static org.budgetledger.projections.reconciliation.SmallTables.table;

import java.util.List;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** Each status on a pair of hand-made tables, and the n × half-unit rule of 合计 rows. */
class CellComparisonTest {
  private static final TableKind ES = TableKind.EXPENDITURE_SUMMARY;

  private static CellFinding only(CellComparisonResult result) {
    assertThat(result.findings()).hasSize(1);
    return result.findings().get(0);
  }

  private static CellComparisonResult detail(String published, String rebuilt) {
    return CellComparison.compare(
        SmallTables.published(
            List.of(), table(ES, row("a", RowType.DETAIL, printed("total", published, 11)))),
        SmallTables.rebuilt(table(ES, row("a", RowType.DETAIL, exact("total", rebuilt)))));
  }

  /**
   * Shanghai's 收入预算总表 prints 其他收入 per 功能科目; where the ledger records that function's spending as
   * 非财政拨款资金, its rebuilt cell is undetermined: the printed figure is neither compared nor a
   * finding, and the row's other figures still are.
   */
  @Test
  void aFigureTheLedgerHoldsOnlyAtACoarserGrainIsNotCompared() {
    TableKind is = TableKind.INCOME_SUMMARY;
    CellComparisonResult result =
        CellComparison.compare(
            SmallTables.published(
                List.of(),
                table(
                    is,
                    row(
                        "spendingDetail:2200150",
                        RowType.DETAIL,
                        printed("total", "3686.1351", 40),
                        printed("OTHER_INCOME", "160", 40)))),
            SmallTables.rebuilt(
                table(
                    is,
                    row(
                        "spendingDetail:2200150",
                        RowType.DETAIL,
                        exact("total", "3686.135100"),
                        org.budgetledger.projections.tables.TableCell.undetermined(
                            "OTHER_INCOME")))));
    assertThat(result.findings()).isEmpty();
    assertThat(result.count(CellStatus.EXACT)).isEqualTo(1);
  }

  @Test
  void sameFenIsExact() {
    CellComparisonResult result = detail("404.14", "404.140000");
    assertThat(result.findings()).isEmpty();
    assertThat(result.count(CellStatus.EXACT)).isEqualTo(1);
  }

  @Test
  void aDetailWithinRoundingRoundsHalfUpToThePrintedFigure() {
    CellFinding half = only(detail("1.01", "1.005000"));
    assertThat(half.status()).isEqualTo(CellStatus.WITHIN_ROUNDING);
    assertThat(half.difference().value()).isEqualTo(5_000L);
    assertThat(half.roundedTerms()).isEqualTo(1);
    assertThat(half.toleranceFen()).isEqualTo(5_000L);
    assertThat(half.lineNo()).isEqualTo(11);
    assertThat(half.publishedText()).isEqualTo("1.01");
    assertThat(half.rebuiltText()).isEqualTo("1.005000");
    // Half down is not how the publisher rounds: 1.005 prints 1.01, never 1.00.
    assertThat(only(detail("1.00", "1.005000")).status()).isEqualTo(CellStatus.MISMATCH);
    assertThat(only(detail("404.14", "404.130000")).status()).isEqualTo(CellStatus.MISMATCH);
  }

  /**
   * 杭州市交通运输局 2026 (hangzhou-zhejiang-2026-e488d331, p.24) prints 上年结转 小计 17,858.84 beside its parts
   * 17,680.93 and 177.92, whose sum 17,858.85 the ledger records: two rounded parts, so up to two
   * half units.
   */
  @Test
  void aSubtotalColumnAllowsHalfAUnitPerRoundedPartOfItsRow() {
    TableKind is = TableKind.INCOME_SUMMARY;
    CellComparisonResult twoParts =
        CellComparison.compare(
            SmallTables.published(
                List.of(),
                table(
                    is,
                    row(
                        "total",
                        RowType.TOTAL,
                        printed("carryOver", "17858.84", 70),
                        printed("carryOver:GENERAL_BUDGET", "17680.93", 70),
                        printed("carryOver:GOVERNMENT_FUND", "177.92", 70)))),
            SmallTables.rebuilt(
                table(
                    is,
                    row(
                        "total",
                        RowType.TOTAL,
                        exact("carryOver", "17858.850000"),
                        exact("carryOver:GENERAL_BUDGET", "17680.930000"),
                        exact("carryOver:GOVERNMENT_FUND", "177.920000")))));
    CellFinding f = only(twoParts);
    assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING);
    assertThat(f.columnKey()).isEqualTo("carryOver");
    assertThat(f.roundedTerms()).isEqualTo(2);
    assertThat(f.toleranceFen()).isEqualTo(10_000L);

    // one part alone allows its half unit only
    CellComparisonResult onePart =
        CellComparison.compare(
            SmallTables.published(
                List.of(),
                table(
                    is,
                    row(
                        "a",
                        RowType.DETAIL,
                        printed("carryOver", "17858.84", 71),
                        printed("carryOver:GENERAL_BUDGET", "17858.84", 71)))),
            SmallTables.rebuilt(
                table(
                    is,
                    row(
                        "a",
                        RowType.DETAIL,
                        exact("carryOver", "17858.850000"),
                        exact("carryOver:GENERAL_BUDGET", "17858.840000")))));
    assertThat(only(onePart).status()).isEqualTo(CellStatus.MISMATCH);
  }

  @Test
  void aTableInYuanGivesItsRebuiltFigureAndTheDifferenceInYuan() {
    // Shanghai 2026 表3 2080502 行政运行: 720,660 元 rebuilt, 1 元 more published
    CellFinding f =
        only(
            CellComparison.compare(
                SmallTables.published(
                    List.of(),
                    table(ES, row("a", RowType.DETAIL, printed("total", "72.066100", 5)))),
                SmallTables.rebuilt(
                    table(ES, row("a", RowType.DETAIL, exact("total", "72.066000")))
                        .framed("表3", "2026年预算单位支出预算总表", true, 0))));
    assertThat(f.status()).isEqualTo(CellStatus.MISMATCH);
    assertThat(f.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(f.rebuiltText()).isEqualTo("720,660.00");
    assertThat(f.differenceText()).isEqualTo("1.00");
    assertThat(only(detail("1.000001", "1.000002")).differenceText()).isEqualTo("-0.000001");
  }

  @Test
  void sixDecimalsAreExactSoAnyDifferenceIsAMismatch() {
    CellFinding f = only(detail("1.000001", "1.000002"));
    assertThat(f.status()).isEqualTo(CellStatus.MISMATCH);
    assertThat(f.decimals()).isEqualTo(6);
  }

  private static CellComparisonResult total(String rebuiltTotal) {
    DisclosureTable published =
        table(
            ES,
            row("a", RowType.DETAIL, printed("total", "10.00", 11)),
            row("b", RowType.DETAIL, printed("total", "10.00", 12)),
            row("c", RowType.DETAIL, printed("total", "10.00", 13)),
            row("d", RowType.DETAIL, SmallTables.empty("total", 14)),
            row("total", RowType.TOTAL, printed("total", "30.00", 15)));
    DisclosureTable rebuilt =
        table(
            ES,
            row("a", RowType.DETAIL, exact("total", "10.004")),
            row("b", RowType.DETAIL, exact("total", "10.004")),
            row("c", RowType.DETAIL, exact("total", "10.004")),
            row("total", RowType.TOTAL, exact("total", rebuiltTotal)));
    return CellComparison.compare(
        SmallTables.published(List.of(), published), SmallTables.rebuilt(rebuilt));
  }

  @Test
  void aTotalOfNRoundedRowsMayDifferByNHalfUnits() {
    CellFinding within =
        total("30.012000").findings(CellStatus.WITHIN_ROUNDING).stream()
            .filter(f -> f.rowKey().equals("total"))
            .findFirst()
            .orElseThrow();
    assertThat(within.difference().value()).isEqualTo(-12_000L);
    assertThat(within.roundedTerms()).isEqualTo(3); // the empty row d is not rounded
    assertThat(within.toleranceFen()).isEqualTo(15_000L);
    CellComparisonResult beyond = total("30.016000");
    assertThat(beyond.findings(CellStatus.MISMATCH))
        .singleElement()
        .satisfies(f -> assertThat(f.rowKey()).isEqualTo("total"));
  }

  private static CellComparisonResult summedLines(String published, String rebuilt, int terms) {
    return CellComparison.compare(
        SmallTables.published(
            List.of(), table(ES, row("a", RowType.DETAIL, printed("total", published, 33)))),
        SmallTables.rebuilt(table(ES, row("a", RowType.DETAIL, exact("total", rebuilt)))),
        cell -> terms);
  }

  /**
   * shenzhen-2026-63d734e6: 收支总表 prints 2080101 行政运行 35,515.40 once for the department; the ledger
   * sums one line per unit, each solved within its own rounded row (35,515.414970). And 2080111
   * 11,873.76, printed where its two units' rows print 1,129.02 and 10,744.73 (11,873.75): the
   * lines sum 11,873.749839.
   */
  @Test
  void aFigureRebuiltFromNRoundedLinesMayDifferByTwoNPlusOneHalfUnits() {
    CellFinding within = only(summedLines("35515.40", "35515.414970", 14));
    assertThat(within.status()).isEqualTo(CellStatus.WITHIN_ROUNDING);
    assertThat(within.roundedTerms()).isEqualTo(14);
    assertThat(within.toleranceFen()).isEqualTo(145_000L);
    CellFinding two = only(summedLines("11873.76", "11873.749839", 2));
    assertThat(two.status()).isEqualTo(CellStatus.WITHIN_ROUNDING);
    assertThat(two.toleranceFen()).isEqualTo(25_000L);
    assertThat(only(summedLines("11873.76", "11873.734999", 2)).status())
        .isEqualTo(CellStatus.MISMATCH);
    // one line is one rounded figure: half up to the printed figure, nothing more
    assertThat(only(summedLines("11873.76", "11873.749839", 1)).status())
        .isEqualTo(CellStatus.MISMATCH);
    // a figure printed to the fen (a table in 元) is exact however many lines it sums
    assertThat(only(summedLines("35515.400000", "35515.400100", 14)).status())
        .isEqualTo(CellStatus.MISMATCH);
  }

  @Test
  void cellsOnOneSideOnlyAndUnreadableCells() {
    DisclosureTable published =
        table(
            ES,
            row("a", RowType.DETAIL, printed("total", "5.00", 11)),
            row("empty", RowType.DETAIL, SmallTables.empty("total", 12)));
    DisclosureTable rebuilt =
        table(
            ES,
            row("b", RowType.DETAIL, exact("total", "7.000000")),
            row("zero", RowType.DETAIL, exact("total", "0")));
    UnreadableCell lost = new UnreadableCell(ES, 40, "预算03表 支出总表 / 合计", "amount not readable");
    CellComparisonResult result =
        CellComparison.compare(
            SmallTables.published(List.of(lost), published), SmallTables.rebuilt(rebuilt));
    assertThat(result.findings())
        .extracting(CellFinding::status, CellFinding::rowKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CellStatus.NOT_IN_REBUILT, "a"),
            org.assertj.core.groups.Tuple.tuple(CellStatus.NOT_IN_PUBLISHED, "b"),
            org.assertj.core.groups.Tuple.tuple(CellStatus.NOT_READABLE, "line:40"));
    assertThat(result.findings().get(0).published().value()).isEqualTo(5_000_000L);
    assertThat(result.findings().get(1).rebuilt().value()).isEqualTo(7_000_000L);
    assertThat(result.tallies())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.count(CellStatus.EXACT)).isZero();
              assertThat(t.count(CellStatus.NOT_READABLE)).isEqualTo(1);
            });
  }

  /**
   * A 三公 table read without its unit column (a document imported before the units' rows were read)
   * has no place for the rebuilt units' rows: their figures are in the department's row, compared.
   */
  @Test
  void aThreePublicTableReadWithoutUnitsMissesNoUnitRow() {
    TableKind tp = TableKind.THREE_PUBLIC_EXPENSES;
    DisclosureTable published =
        table(tp, row("2026", RowType.DETAIL, printed("total", "22.02", 9)));
    DisclosureTable rebuilt =
        table(
            tp,
            row(
                "2026",
                RowType.DETAIL,
                org.budgetledger.projections.tables.TableCell.text("unit", ""),
                exact("total", "22.020000")),
            row(
                "XU1",
                RowType.DETAIL,
                org.budgetledger.projections.tables.TableCell.text("unit", "XU1-某中心"),
                exact("total", "22.020000")));
    CellComparisonResult result =
        CellComparison.compare(
            SmallTables.published(List.of(), published), SmallTables.rebuilt(rebuilt));
    assertThat(result.findings()).isEmpty();
    assertThat(result.count(CellStatus.EXACT)).isEqualTo(1);
  }

  @Test
  void factsCompareWithoutWhitespaceAndLabelsAreNotCompared() {
    TableKind pp = TableKind.PROJECT_PERFORMANCE;
    DisclosureTable published =
        table(
            pp,
            row("indicator:P#1:1", RowType.TEXT, fact("value", "≥ 9 5")),
            row("indicator:P#1:2", RowType.TEXT, fact("value", "90")));
    DisclosureTable rebuilt =
        table(
            pp,
            new org.budgetledger.projections.tables.TableRow(
                "indicator:P#1:1",
                RowType.TEXT,
                List.of(
                    org.budgetledger.projections.tables.TableCell.text("label", "another label"),
                    fact("value", "≥95"))),
            row("indicator:P#1:2", RowType.TEXT, fact("value", "95")));
    CellComparisonResult result =
        CellComparison.compare(
            SmallTables.published(List.of(), published), SmallTables.rebuilt(rebuilt));
    assertThat(result.count(CellStatus.EXACT)).isEqualTo(1);
    assertThat(only(result))
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(CellStatus.MISMATCH);
              assertThat(f.publishedText()).isEqualTo("90");
              assertThat(f.rebuiltText()).isEqualTo("95");
              assertThat(f.difference()).isNull();
            });
  }
}
