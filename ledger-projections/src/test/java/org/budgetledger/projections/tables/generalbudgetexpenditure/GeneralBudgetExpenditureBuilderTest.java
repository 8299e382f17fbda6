package org.budgetledger.projections.tables.generalbudgetexpenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import java.util.List;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class GeneralBudgetExpenditureBuilderTest {
  private final DisclosureTable district =
      new GeneralBudgetExpenditureBuilder().build(SeedViews.district());
  private final DisclosureTable municipal =
      new GeneralBudgetExpenditureBuilder().build(SeedViews.municipal());

  @Test
  void splitsEachUnitsFunctionIntoPersonnelPublicAndProject() {
    assertThat(amount(district, "201001|2101501", "total")).isEqualTo(wan("252.72"));
    assertThat(amount(district, "201001|2101501", "personnel")).isEqualTo(wan("208.86"));
    assertThat(amount(district, "201001|2101501", "public")).isEqualTo(wan("43.86"));
    assertThat(amount(district, "201002|2109999", "project")).isEqualTo(wan("442"));
    assertThat(amount(district, "201002|2109999", "projectExcludingCapital")).isEqualTo(wan("442"));
    assertThat(text(district, "201001|2101501", "unit")).isEqualTo("201001-北京市东城区医疗保障局本级");
    assertThat(text(district, "201002|210", "functionName")).isEqualTo("卫生健康支出（明细未列示）");
  }

  @Test
  void everyRowIsBasicPlusProjectAndBasicIsPersonnelPlusPublic() {
    for (DisclosureTable table : List.of(district, municipal)) {
      for (TableRow row : table.rows()) {
        String key = row.key();
        assertThat(amount(table, key, "total"))
            .as(key)
            .isEqualTo(amount(table, key, "basic").plus(amount(table, key, "project")));
        assertThat(amount(table, key, "basic"))
            .as(key)
            .isEqualTo(amount(table, key, "personnel").plus(amount(table, key, "public")));
      }
    }
    assertThat(amount(municipal, "total", "total")).isEqualTo(wan("92351.933484"));
  }

  @Test
  void municipalLayoutHasNoUnitColumn() {
    assertThat(municipal.columns())
        .extracting(Column::key)
        .containsExactly(
            "functionCode",
            "functionName",
            "total",
            "basic",
            "personnel",
            "public",
            "project",
            "projectExcludingCapital");
    assertThat(municipal.header()).hasSize(3);
    assertThat(district.header().get(0).get(0).rowSpan()).isEqualTo(3);
    assertThat(municipal.number()).isEqualTo("预算05表");
    assertThat(municipal.title()).isEqualTo("一般公共预算支出表");
    assertThat(municipal.row("ybj002|2101550")).isPresent();
  }
}
