package org.budgetledger.projections.tables.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class ProcurementBuilderTest {

  @Test
  void municipalNumbersItTenAndSumsTheCategories() {
    DisclosureTable table = new ProcurementBuilder().build(SeedViews.municipal());

    assertThat(table.number()).isEqualTo("预算10表");
    assertThat(table.title()).isEqualTo("政府采购预算明细表");
    assertThat(table.rows()).extracting(TableRow::key).containsExactly("A-货物", "C-服务", "total");
    assertThat(amount(table, "total", "amount")).isEqualTo(wan("5554.971775"));
    assertThat(amount(table, "A-货物", "amount").plus(amount(table, "C-服务", "amount")))
        .isEqualTo(amount(table, "total", "amount"));
  }

  @Test
  void districtNumbersItFour() {
    DisclosureTable table = new ProcurementBuilder().build(SeedViews.district());

    assertThat(table.number()).isEqualTo("预算04表");
    assertThat(amount(table, "C-服务", "amount")).isEqualTo(wan("329.66"));
    assertThat(table.notes()).isEmpty();
  }
}
