package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units' rounded figures made to add up to the department's recorded income: 万元 to 2 decimals, so
 * each figure may move 4,999 fen (half of 0.01 万元 less a fen) and still print as printed.
 */
class RoundingSpreadTest {
  private static final long SHARE = 4_999;

  /**
   * Guangzhou 39d6f21a's first unit prints 14,021.23 + 1,798.71 under a 合计 of 15,819.93 (p.11),
   * beside a unit of 1,981.04 + 100.00 = 2,081.04: its parts move toward the 合计 within their
   * rounding, and the column differences (the department's exact income less the units' printed
   * figures) go to the figures that can take them.
   */
  @Test
  void keepsEachFigureAndEachUnitsTotalWithinItsRounding() {
    long[][] printed = {{140_212_300_00L, 17_987_100_00L}, {19_810_400_00L, 1_000_000_00L}};
    long[][] share = {{SHARE, SHARE}, {SHARE, SHARE}};
    // the department records 0.000042 万元 less 一般公共预算 and 政府性基金 as printed
    long[] recorded = {140_212_300_00L + 19_810_400_00L - 42, 17_987_100_00L + 1_000_000_00L};
    Long[] totals = {158_199_300_00L, 20_810_400_00L};
    long[] totalShare = {SHARE, SHARE};

    RoundingSpread.Result r = RoundingSpread.of(printed, share, recorded, totals, totalShare);

    assertThat(r.beyond()).containsExactly(0, 0);
    assertThat(r.keeper()).containsExactly(-1, -1);
    for (int u = 0; u < 2; u++) {
      for (int b = 0; b < 2; b++) {
        assertThat(Math.abs(r.exact()[u][b] - printed[u][b])).isLessThanOrEqualTo(share[u][b]);
      }
      assertThat(Math.abs(r.exact()[u][0] + r.exact()[u][1] - totals[u]))
          .isLessThanOrEqualTo(SHARE);
    }
    assertThat(r.exact()[0][0] + r.exact()[1][0]).isEqualTo(recorded[0]);
    assertThat(r.exact()[0][1] + r.exact()[1][1]).isEqualTo(recorded[1]);
  }

  /**
   * Units printing 100.00 and 50.00 万元 under a department recording 150.05: 0.05 万元 is more than
   * their two figures' rounding can take (0.009998), so what is left stays on the larger figure and
   * is returned as beyond rounding: the reconciliation then reports that unit's cell.
   */
  @Test
  void leavesWhatIsBeyondRoundingOnTheLargestFigure() {
    long[][] printed = {{50_000_000L}, {100_000_000L}};
    long[][] share = {{SHARE}, {SHARE}};
    long[] recorded = {150_050_000L};

    RoundingSpread.Result r =
        RoundingSpread.of(printed, share, recorded, new Long[] {null, null}, new long[2]);

    assertThat(r.beyond()).containsExactly(50_000 - 2 * SHARE);
    assertThat(r.keeper()).containsExactly(1);
    assertThat(r.exact()[0][0]).isEqualTo(50_000_000L + SHARE);
    assertThat(r.exact()[1][0]).isEqualTo(100_000_000L + 50_000 - SHARE);
  }

  /**
   * 杭州市公安局 2026 (p.21): 交通治安分局 prints 8,012.71 + 4.71 under a 总计 of 8,017.41, while the units'
   * 一般公共预算 miss the department's by far more than their rounding (1,471.66 万元). The column's rest
   * goes beyond rounding on the largest unit whatever the others do, so no unit's figure is moved
   * against its 总计 for it: the unit's row stays within its own rounding (before: 8,017.424997).
   */
  @Test
  void keepsTheRowsWhereTheColumnIsBeyondRoundingAnyway() {
    long[][] printed = {{8_012_710_000L, 4_710_000L}, {9_000_000_000L, 100_000_000L}};
    long[][] share = {{SHARE, SHARE}, {SHARE, SHARE}};
    long[] recorded = {8_012_710_000L + 9_000_000_000L + 1_000_000L, 4_710_000L + 100_000_000L};
    Long[] totals = {8_017_410_000L, 9_100_000_000L};
    long[] totalShare = {SHARE, SHARE};

    RoundingSpread.Result r = RoundingSpread.of(printed, share, recorded, totals, totalShare);

    assertThat(r.keeper()).containsExactly(1, -1);
    assertThat(Math.abs(r.exact()[0][0] + r.exact()[0][1] - totals[0])).isLessThanOrEqualTo(SHARE);
    assertThat(r.exact()[0][0] + r.exact()[1][0]).isEqualTo(recorded[0]);
    assertThat(r.exact()[0][1] + r.exact()[1][1]).isEqualTo(recorded[1]);
  }

  /**
   * 杭州市公安局 2026 (p.21): 监所管理支队 prints 一般公共预算 20,382.97 + 其他收入 1,801.11 = 本年收入小计 22,184.08, and 上年结转
   * 15.35, under a 总计 of 22,199.42 (0.01 below its parts): the row moves toward its 总计 without
   * leaving its 小计 (before, 22,184.074999, which prints 22,184.07).
   */
  @Test
  void keepsAUnitsSubtotalWhileMovingItsPartsTowardItsTotal() {
    long[][] printed = {{20_382_970_000L, 1_801_110_000L, 15_350_000L}};
    long[][] share = {{SHARE, SHARE, SHARE}};
    // the department's exact income, within the rounding of what the unit prints
    long[] recorded = {20_382_970_000L - SHARE, 1_801_110_000L, 15_350_000L - 2};
    Long[] totals = {22_199_420_000L};
    List<RoundingSpread.Sum> parts =
        List.of(
            new RoundingSpread.Sum(0, new boolean[] {true, true, false}, 22_184_080_000L, SHARE),
            new RoundingSpread.Sum(0, new boolean[] {false, false, true}, 15_350_000L, SHARE));

    RoundingSpread.Result r =
        RoundingSpread.of(printed, share, recorded, totals, new long[] {SHARE}, parts);

    long[] row = r.exact()[0];
    assertThat(Math.abs(row[0] + row[1] + row[2] - totals[0])).isLessThanOrEqualTo(SHARE);
    assertThat(Math.abs(row[0] + row[1] - 22_184_080_000L)).isLessThanOrEqualTo(SHARE);
    assertThat(Math.abs(row[2] - 15_350_000L)).isLessThanOrEqualTo(SHARE);
  }

  /** A figure printed to the fen (元, Xi'an) takes no rounding: the columns add up as printed. */
  @Test
  void movesNoFigurePrintedToTheFen() {
    long[][] printed = {{302_220_170_741L}, {46_651_390_273L}};
    long[][] share = {{0}, {0}};
    long[] recorded = {302_220_170_741L + 46_651_390_273L};

    RoundingSpread.Result r =
        RoundingSpread.of(printed, share, recorded, new Long[] {null, null}, new long[2]);

    assertThat(r.exact()[0]).containsExactly(302_220_170_741L);
    assertThat(r.exact()[1]).containsExactly(46_651_390_273L);
    assertThat(r.beyond()).containsExactly(0);
  }
}
