package org.budgetledger.projections.tables.projectperformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class ProjectPerformanceBuilderTest {

  @Test
  void groupsEachProjectWithItsIndicatorsAndPrintsSixDecimals() {
    DisclosureTable table = new ProjectPerformanceBuilder().build(SeedViews.district());
    String project = "project:11010122700000399442#1";

    assertThat(table.rows())
        .extracting(TableRow::key)
        .startsWith(
            project,
            "indicator:11010122700000399442#1:1",
            "indicator:11010122700000399442#1:2",
            "project:11010122T00000399524#1");
    assertThat(text(table, project, "unitName")).isEqualTo("201001-北京市东城区医疗保障局本级");
    assertThat(text(table, project, "project")).isEqualTo("11010122700000399442-法律援助服务");
    assertThat(table.cell(project, "total").orElseThrow().display(2)).isEqualTo("4.000000");
    assertThat(table.cell(project, "total").orElseThrow().source())
        .isInstanceOf(CellSource.Fact.class);
    assertThat(text(table, "indicator:11010122700000399442#1:1", "level3")).isEqualTo("合法性审查反馈时间");
    assertThat(text(table, "indicator:11010122700000399442#1:1", "direction")).isEqualTo("正向指标");
  }

  @Test
  void numbersARepeatedProjectCodeAndDropsColumnsTheMunicipalLacks() {
    DisclosureTable table = new ProjectPerformanceBuilder().build(SeedViews.municipal());

    assertThat(amount(table, "project:11000022Y000000446043#1", "total")).isEqualTo(wan("149.4"));
    assertThat(amount(table, "project:11000022Y000000446043#2", "total")).isEqualTo(wan("20"));
    assertThat(table.row("indicator:11000022Y000000446043#2:1")).isPresent();
    assertThat(table.columns()).extracting(Column::key).doesNotContain("unitName", "direction");
    assertThat(table.title()).isEqualTo("项目支出绩效目标表");
  }
}
