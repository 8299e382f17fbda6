package org.budgetledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.pdfdocument.TableFigures;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** The share of a PDF's printed figures that the comparison took and found in agreement. */
class FigureCoverageTest {
  private static final CellComparisonResult COMPARED =
      new CellComparisonResult(
          List.of(
              new TableTally(
                  TableKind.INCOME_SUMMARY,
                  "表2",
                  "收入总体情况表",
                  Map.of(CellStatus.EXACT, 9),
                  Map.of(CellStatus.EXACT, 4, CellStatus.WITHIN_ROUNDING, 1)),
              new TableTally(
                  TableKind.GENERAL_BUDGET_BASIC,
                  "表6",
                  "基本支出",
                  Map.of(CellStatus.EXACT, 50),
                  Map.of(CellStatus.EXACT, 40, CellStatus.MISMATCH, 2))),
          List.of());

  private static final List<TableFigures> PRINTED =
      List.of(
          new TableFigures("第 11 页“收入总体情况表”", TableKind.INCOME_SUMMARY, 102),
          new TableFigures("第 20 页“基本支出”", TableKind.GENERAL_BUDGET_BASIC, 42),
          new TableFigures("第 27 页“部门预算基本支出预算表”", null, 495));

  @Test
  void agreeingFiguresAreAShareOfAllPrinted() {
    FigureCoverage c = FigureCoverage.measured(PRINTED, COMPARED);
    assertThat(c.printed()).isEqualTo(639);
    assertThat(c.compared()).isEqualTo(47);
    assertThat(c.agreeing()).isEqualTo(45);
    assertThat(c.agreeingShare()).isBetween(7.04, 7.05);
  }

  @Test
  void theNotesNameEveryTableWithFiguresNotCompared() {
    assertThat(FigureCoverage.notes(PRINTED, COMPARED))
        .containsExactly(
            "公开表印有金额 639 个（非零），与账本逐格比较 47 个，其中一致或舍入差异 45 个，占所印金额 7.0%",
            "第 11 页“收入总体情况表”：印有金额 102 个，其中 97 个未与账本逐格比较",
            "第 27 页“部门预算基本支出预算表”（账本不重建此表）：印有金额 495 个，其中 495 个未与账本逐格比较");
  }

  @Test
  void aTableComparedTwiceCountsNoMoreFiguresThanItPrints() {
    // the 基本支出 table's 42 figures compared as 60 (its 类 rows over its 项 rows, say): the surplus
    // of 18 must not hide the 97 figures of 收入总体情况表 left out
    CellComparisonResult twice =
        new CellComparisonResult(
            List.of(
                COMPARED.tallies().get(0),
                new TableTally(
                    TableKind.GENERAL_BUDGET_BASIC,
                    "表6",
                    "基本支出",
                    Map.of(CellStatus.EXACT, 60),
                    Map.of(CellStatus.EXACT, 58, CellStatus.MISMATCH, 2))),
            List.of());

    FigureCoverage c = FigureCoverage.measured(PRINTED, twice);

    assertThat(c.compared()).isEqualTo(5 + 42);
    // its 2 MISMATCH are among what it prints, so at most 40 of its figures agree
    assertThat(c.agreeing()).isEqualTo(5 + 40);
    assertThat(FigureCoverage.notes(PRINTED, twice))
        .contains("第 11 页“收入总体情况表”：印有金额 102 个，其中 97 个未与账本逐格比较");
  }

  @Test
  void textInputHasNoFiguresCountedAndNoNote() {
    assertThat(FigureCoverage.notes(List.of(), COMPARED)).isEmpty();
  }
}
