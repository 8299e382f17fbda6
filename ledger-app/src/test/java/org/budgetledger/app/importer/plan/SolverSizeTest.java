package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The solver's limits against the sizes the corpus needs (bench-import with the counts printed,
 * 2026-12-06): at most 1,101 unknowns (Guangzhou c04460f2), 796 margins and a tableau of 2.3
 * million entries (Beijing 482a23e1: 647 unknowns), all admitted; a tableau eleven times that is
 * refused, naming the tables with the most margins.
 */
class SolverSizeTest {
  private static final Map<String, Integer> BY_TABLE =
      Map.of("预算03表 支出总表", 900, "一般公共预算支出表", 2_700, "收支总表", 30, "收入总表", 30);

  @Test
  void admitsTheLargestProblemsOfTheCorpus() {
    assertThat(SolverSize.lpEntries(647, 796)).isEqualTo(2_297_256L);
    SolverSize.admitLp(647, 796, "beijing.pdf", BY_TABLE);
    SolverSize.admitLp(1_101, 234, "guangzhou.pdf", BY_TABLE);
    SolverSize.admitMargins(796, 19_504, "guangzhou.pdf", 0, BY_TABLE);
    SolverSize.admitUnknowns(1_101, "guangzhou.pdf", 0, "预算03表 支出总表", "支出总表各行");
  }

  @Test
  void refusesATableauPastItsLimitNamingTheTablesWithTheMostMargins() {
    assertThatThrownBy(() -> SolverSize.admitLp(2_000, 3_600, "hostile.pdf", BY_TABLE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              ImportProblem p = e.problems().get(0);
              assertThat(p.kind()).isEqualTo("solver-too-large");
              assertThat(p.fileName()).isEqualTo("hostile.pdf");
              assertThat(p.detail())
                  .isEqualTo(
                      "文件：3600 个约束、2000 个明细行的线性规划有 40320000 个矩阵元素，超过上限 25000000 个；"
                          + "约束最多的表：一般公共预算支出表 2700 个，预算03表 支出总表 900 个，收入总表 30 个；未导入任何内容");
            });
  }

  @Test
  void refusesMarginsPastEitherLimit() {
    assertThatThrownBy(() -> SolverSize.admitMargins(10_001, 5, "hostile.pdf", 7, BY_TABLE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo("too-many-margins"));
    assertThatThrownBy(() -> SolverSize.admitMargins(5, 400_001, "hostile.pdf", 7, BY_TABLE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> assertThat(e.problems().get(0).lineNo()).isEqualTo(7));
  }
}
