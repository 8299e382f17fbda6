package org.budgetledger.projections.tables.departmentperformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.expendituresummary.ExpenditureSummaryBuilder;
import org.junit.jupiter.api.Test;

class DepartmentPerformanceBuilderTest {

  @Test
  void totalsComeFromTheLedgerAndPrintSixDecimals() {
    DisclosureTable table = new DepartmentPerformanceBuilder().build(SeedViews.district());
    DisclosureTable spending = new ExpenditureSummaryBuilder().build(SeedViews.district());

    assertThat(amount(table, "funds:total", "amount"))
        .isEqualTo(amount(spending, "total", "total"));
    assertThat(table.cell("funds:total", "amount").orElseThrow().display(2))
        .isEqualTo("41,683.865678");
    assertThat(
            amount(table, "funds:fiscalBasic", "amount")
                .plus(amount(table, "funds:fiscalProject", "amount")))
        .isEqualTo(amount(table, "funds:fiscal", "amount"));
    assertThat(amount(table, "funds:other", "amount")).isEqualTo(Fen.ZERO);
  }

  @Test
  void printsTheGoalAndOneRowPerActivityIndicator() {
    DisclosureTable table = new DepartmentPerformanceBuilder().build(SeedViews.municipal());

    assertThat(text(table, "department", "indicator")).isEqualTo("北京市医疗保障局");
    assertThat(text(table, "goal", "indicator")).isEqualTo("坚持人民至上。");
    assertThat(text(table, "activity:1", "activity")).isEqualTo("医疗保障管理");
    assertThat(text(table, "activity:1", "value")).isEqualTo("3396");
    assertThat(text(table, "activity:1", "measure")).isEqualTo("人");
    assertThat(table.title()).isEqualTo("部门整体支出绩效目标表");
  }
}
