package org.budgetledger.projections.tables.threepublicexpenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableFrame;
import org.junit.jupiter.api.Test;

class ThreePublicExpensesBuilderTest {

  @Test
  void municipalSumsTheFourCodesIncludingSevenDigitChildren() {
    DisclosureTable table = new ThreePublicExpensesBuilder().build(SeedViews.municipal());

    assertThat(amount(table, "2026", "total")).isEqualTo(wan("77.672600"));
    assertThat(amount(table, "2026", "abroad")).isEqualTo(wan("50.332600"));
    assertThat(amount(table, "2026", "reception")).isEqualTo(wan("1.92"));
    assertThat(amount(table, "2026", "vehicles")).isEqualTo(wan("25.42"));
    assertThat(amount(table, "2026", "vehiclePurchase")).isEqualTo(wan("18.69"));
    assertThat(amount(table, "2026", "vehicleOperation")).isEqualTo(wan("6.73"));
    assertThat(table.number()).isEqualTo("预算09表");
    assertThat(table.notes()).isEmpty();
  }

  @Test
  void districtHasAYearColumnNoSubtotalAndTheNoteWhenNothingIsSpent() {
    DisclosureTable table = new ThreePublicExpensesBuilder().build(SeedViews.district());

    assertThat(table.columns())
        .extracting(Column::key)
        .containsExactly(
            "year", "total", "abroad", "reception", "vehiclePurchase", "vehicleOperation");
    assertThat(text(table, "2026", "year")).isEqualTo("2026");
    assertThat(amount(table, "2026", "total")).isEqualTo(Fen.ZERO);
    assertThat(table.notes()).containsExactly(TableFrame.NOT_INVOLVED);
    assertThat(table.number()).isEqualTo("预算10表");
  }
}
