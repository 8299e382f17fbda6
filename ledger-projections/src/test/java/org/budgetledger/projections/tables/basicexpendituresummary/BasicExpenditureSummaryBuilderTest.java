package org.budgetledger.projections.tables.basicexpendituresummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class BasicExpenditureSummaryBuilderTest {
  private static final List<String> FUNDS =
      List.of("total", "fiscal", "generalBudget", "specialAccount", "other");

  private final DisclosureTable district =
      new BasicExpenditureSummaryBuilder().build(SeedViews.district());

  @Test
  void itsGeneralBudgetColumnIsTheBasicTableTotal() {
    // 预算07表 一般公共预算基本支出表's 合计 (GeneralBudgetBasicBuilderTest): the same basic lines
    assertThat(amount(district, "total", "generalBudget")).isEqualTo(wan("1776.52"));
    assertThat(amount(district, "total", "total"))
        .isEqualTo(
            amount(district, "total", "fiscal")
                .plus(amount(district, "total", "specialAccount"))
                .plus(amount(district, "total", "other")));
  }

  @Test
  void unitRowsAddUpToTheTotalAndClassRowsToTheirUnit() {
    List<TableRow> units =
        district.rows().stream().filter(r -> r.type() == RowType.SUBTOTAL).toList();
    assertThat(units).isNotEmpty();
    for (String fund : FUNDS) {
      Fen sum = Fen.ZERO;
      for (TableRow unit : units) {
        sum = sum.plus(amount(district, unit.key(), fund));
        Fen classes = Fen.ZERO;
        for (TableRow row : district.rows()) {
          if (row.key().startsWith(unit.key() + "|")) {
            classes = classes.plus(amount(district, row.key(), fund));
          }
        }
        assertThat(classes)
            .as(unit.key() + " " + fund)
            .isEqualTo(amount(district, unit.key(), fund));
      }
      assertThat(sum).as(fund).isEqualTo(amount(district, "total", fund));
    }
  }

  @Test
  void aClassRowIsTheFirstThreeDigitsOfTheDepartmentEconomicCode() {
    assertThat(district.rows())
        .extracting(TableRow::key)
        .filteredOn(k -> k.contains("|"))
        .allSatisfy(k -> assertThat(k.substring(k.indexOf('|') + 1)).matches("\\d{3}|-"));
  }
}
