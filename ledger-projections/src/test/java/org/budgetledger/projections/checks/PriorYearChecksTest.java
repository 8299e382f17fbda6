package org.budgetledger.projections.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/**
 * 深圳市人力资源和社会保障局's 表9 (p.252) prints 2025年 179.23, 2026年 299.23 and 增减变化金额 120.00 万元; its 数据管理中心
 * 3.54, 3.53 and -0.02 (rounded figures a cent apart). central-mof's 表5 prints 2014002 66.44,
 * 737.29, 670.85 and 1009.71%.
 */
class PriorYearChecksTest {
  private static final String TABLE = "表9 财政拨款“三公”经费支出表";

  private static CheckFigure wan(String label, String row, String figure, int decimals) {
    return new CheckFigure(
        label,
        Fen.parseWan(figure),
        decimals,
        new Place(TableKind.THREE_PUBLIC_EXPENSES, TABLE, row, "总计/一般公共预算", 0, 252));
  }

  private static PrintedChange shenzhen(String earlier, String later, String change) {
    return new PrintedChange(
        MoneyUnit.WAN_YUAN,
        wan("2026年", "深圳市人力资源和社会保障局 2026年", later, 2),
        wan("2025年", "深圳市人力资源和社会保障局 2025年", earlier, 2),
        wan("增减变化金额", "深圳市人力资源和社会保障局 增减变化金额", change, 2),
        null);
  }

  @Test
  void aChangeThatIsThisYearLessLastHolds() {
    List<Finding> findings = PriorYearChecks.judge(List.of(shenzhen("179.23", "299.23", "120.00")));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(CheckStatus.PASS);
              assertThat(f.kind()).isEqualTo(CheckKind.CHANGE);
              assertThat(f.difference()).isEqualTo(Fen.ZERO);
            });
  }

  @Test
  void aChangeOneCentOffBetweenRoundedFiguresIsRounding() {
    Finding f = PriorYearChecks.judge(List.of(shenzhen("3.54", "3.53", "-0.02"))).get(0);

    assertThat(f.status()).isEqualTo(CheckStatus.ROUNDING);
    assertThat(f.difference()).isEqualTo(Fen.parseWan("-0.01"));
    assertThat(f.toleranceFen()).isEqualTo(10_000);
  }

  @Test
  void aMutatedChangeIsAFindingNamingItsPlaceAndTheThreeFigures() {
    Finding f = PriorYearChecks.judge(List.of(shenzhen("179.23", "299.23", "121.00"))).get(0);

    assertThat(f.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(f.difference()).isEqualTo(Fen.parseWan("1.00"));
    assertThat(f.place().page()).isEqualTo(252);
    assertThat(f.message())
        .isEqualTo(
            "表9 财政拨款“三公”经费支出表 行 深圳市人力资源和社会保障局 增减变化金额 列 总计/一般公共预算 第 252 页："
                + "本年（2026年）299.23 万元 − 上年（2025年）179.23 万元 = 120.000000 万元，"
                + "文件所印“增减变化金额”为 121.00 万元，差 1.000000 万元，超出舍入范围（至多 0.010000 万元），"
                + "不符：文件自身的增减数与其本年、上年数不一致。");
    assertThat(f.figures())
        .extracting(CheckFigure::label)
        .containsExactly("增减变化金额", "2026年", "2025年");
  }

  @Test
  void wholeYuanFiguresAreExactSoOneYuanIsAFinding() {
    Place place = new Place(TableKind.THREE_PUBLIC_EXPENSES, "表13", "合计", "增减变化情况/合计", 0, 50);
    PrintedChange change =
        new PrintedChange(
            MoneyUnit.YUAN,
            new CheckFigure("当年", Fen.parseYuan("39969215.00"), 6, place),
            new CheckFigure("上年", Fen.parseYuan("57232550.00"), 6, place),
            new CheckFigure("增减变化情况", Fen.parseYuan("-17263334.00"), 6, place),
            null);

    Finding f = PriorYearChecks.judge(List.of(change)).get(0);

    assertThat(f.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(f.toleranceFen()).isZero();
    assertThat(f.message()).contains("差 1.00 元（精确数字，不容许差额）");
  }

  @Test
  void aPrintedRateIsTheChangeOverLastYearToItsDecimals() {
    Place place =
        new Place(TableKind.GENERAL_BUDGET_EXPENDITURE, "部门公开表5", "2014002", "增减(%)", 0, 10);
    CheckFigure earlier = new CheckFigure("2025年执行数", Fen.parseWan("66.44"), 2, place);
    CheckFigure later = new CheckFigure("2026年预算数", Fen.parseWan("737.29"), 2, place);
    CheckFigure change = new CheckFigure("增减额", Fen.parseWan("670.85"), 2, place);

    List<Finding> right =
        PriorYearChecks.judge(
            List.of(
                new PrintedChange(
                    MoneyUnit.WAN_YUAN,
                    later,
                    earlier,
                    change,
                    new PrintedRate(new BigDecimal("1009.71"), "1009.71%", place))));
    List<Finding> wrong =
        PriorYearChecks.judge(
            List.of(
                new PrintedChange(
                    MoneyUnit.WAN_YUAN,
                    later,
                    earlier,
                    change,
                    new PrintedRate(new BigDecimal("1019.71"), "1019.71%", place))));

    assertThat(right)
        .extracting(Finding::status)
        .containsExactly(CheckStatus.PASS, CheckStatus.PASS);
    assertThat(wrong.get(1).status()).isEqualTo(CheckStatus.FAIL);
    assertThat(wrong.get(1).message()).contains("“1019.71%”").contains("重算为 1009.7080%");
  }

  @Test
  void passesOfOneTableFoldIntoOneLineAndTheRestStay() {
    List<Finding> findings =
        PriorYearChecks.summarised(
            PriorYearChecks.judge(
                List.of(
                    shenzhen("179.23", "299.23", "120.00"),
                    shenzhen("26.90", "163.92", "137.02"),
                    shenzhen("179.23", "299.23", "121.00"))));

    assertThat(findings)
        .extracting(Finding::status)
        .containsExactly(CheckStatus.FAIL, CheckStatus.PASS);
    assertThat(findings.get(1).message()).isEqualTo(TABLE + "：逐格核对“增减 = 本年 − 上年” 2 处，相符。");
  }
}
