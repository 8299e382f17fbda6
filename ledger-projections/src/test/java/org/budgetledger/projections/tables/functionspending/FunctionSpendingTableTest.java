package org.budgetledger.projections.tables.functionspending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.generalbudgetexpenditure.GeneralBudgetExpenditureBuilder;
import org.budgetledger.projections.tables.governmentfundexpenditure.GovernmentFundExpenditureBuilder;
import org.budgetledger.projections.tables.statecapitalexpenditure.StateCapitalExpenditureBuilder;
import org.junit.jupiter.api.Test;

class FunctionSpendingTableTest {
  private final BudgetView view = SeedViews.district();
  private final DisclosureTable fiscal = new FiscalAppropriationExpenditureBuilder().build(view);
  private final DisclosureTable basic = new GeneralBudgetBasicFunctionBuilder().build(view);
  private final DisclosureTable general = new GeneralBudgetExpenditureBuilder().build(view);

  @Test
  void fiscalAppropriationIsTheThreeFiscalFundsTablesTogether() {
    Fen funds =
        amount(general, "total", "total")
            .plus(amount(new GovernmentFundExpenditureBuilder().build(view), "total", "total"))
            .plus(amount(new StateCapitalExpenditureBuilder().build(view), "total", "total"));
    assertThat(amount(fiscal, "total", "total")).isEqualTo(funds);
    assertThat(amount(fiscal, "total", "basic"))
        .isEqualTo(amount(fiscal, "total", "personnel").plus(amount(fiscal, "total", "public")));
  }

  @Test
  void basicByFunctionIsTheGeneralBudgetsBasicSpending() {
    assertThat(amount(basic, "total", "total")).isEqualTo(amount(general, "total", "basic"));
    assertThat(amount(basic, "total", "personnel"))
        .isEqualTo(amount(general, "total", "personnel"));
    assertThat(basic.columns()).extracting(c -> c.key()).doesNotContain("project", "basic");
  }

  @Test
  void classAndSectionRowsAreSubtotalsOfTheLinesUnderTheirCode() {
    for (TableRow row : fiscal.rows()) {
      if (row.key().length() == 3) {
        assertThat(row.type()).isEqualTo(RowType.SUBTOTAL);
        Fen items =
            fiscal.rows().stream()
                .filter(r -> r.type() == RowType.DETAIL && r.key().startsWith(row.key()))
                .map(r -> amount(fiscal, r.key(), "total"))
                .reduce(Fen.ZERO, Fen::plus);
        // 201002's 12.345678 of project money the seed gives at 类 210 only: in its 类, in no 项
        Fen classGrain = row.key().equals("210") ? wan("12.345678") : Fen.ZERO;
        assertThat(amount(fiscal, row.key(), "total"))
            .as(row.key())
            .isEqualTo(items.plus(classGrain));
      }
    }
    assertThat(fiscal.rows()).anyMatch(r -> r.type() == RowType.SUBTOTAL);
  }
}
