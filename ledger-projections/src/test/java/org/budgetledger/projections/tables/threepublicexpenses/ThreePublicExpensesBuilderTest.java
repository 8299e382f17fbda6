package org.budgetledger.projections.tables.threepublicexpenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import java.util.Map;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.FamilyLayout;
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

  /**
   * A family printing 培训费 beside the items and their own 小计 apart from its 合计 (江苏 2019's “三公”经费、
   * 会议费、培训费 table): the columns come back, and the 合计 adds 培训费 30216 (20 + 81.812380).
   */
  @Test
  void aFamilyPrintingTrainingBesideTheItemsAndTheirSubtotalHasThemInItsTotal() {
    DisclosureTable table =
        new ThreePublicExpensesBuilder()
            .build(
                SeedViews.municipal(),
                frame(Map.of("threePublic", "小计", "meetings", "会议费", "training", "培训费")));

    assertThat(table.columns())
        .extracting(Column::key)
        .endsWith("threePublic", "meetings", "training");
    assertThat(amount(table, "2026", "threePublic")).isEqualTo(wan("77.672600"));
    assertThat(amount(table, "2026", "meetings")).isEqualTo(Fen.ZERO);
    assertThat(amount(table, "2026", "training")).isEqualTo(wan("101.812380"));
    assertThat(amount(table, "2026", "total")).isEqualTo(wan("179.484980"));
  }

  /** Printed beside a 合计 of the 三公 items alone (江苏 2026's “三公”经费合计), the 合计 stays theirs. */
  @Test
  void withoutTheItemsSubtotalTheTotalStaysTheFourItems() {
    DisclosureTable table =
        new ThreePublicExpensesBuilder()
            .build(SeedViews.municipal(), frame(Map.of("meetings", "会议费", "training", "培训费")));

    assertThat(table.columns()).extracting(Column::key).doesNotContain("threePublic");
    assertThat(amount(table, "2026", "training")).isEqualTo(wan("101.812380"));
    assertThat(amount(table, "2026", "total")).isEqualTo(wan("77.672600"));
  }

  /** A family that prints none of them has the ledger's table, cell for cell. */
  @Test
  void aFrameWithoutThemChangesNothing() {
    DisclosureTable framed =
        new ThreePublicExpensesBuilder().build(SeedViews.municipal(), frame(Map.of("total", "合计")));

    assertThat(framed).isEqualTo(new ThreePublicExpensesBuilder().build(SeedViews.municipal()));
  }

  private static FamilyLayout.Frame frame(Map<String, String> headers) {
    return new FamilyLayout.Frame("公开09表", "09", "“三公”经费、会议费、培训费支出预算表", false, 2, headers);
  }
}
