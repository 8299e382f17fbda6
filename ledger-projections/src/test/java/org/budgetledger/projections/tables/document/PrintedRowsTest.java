package org.budgetledger.projections.tables.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.reconciliation.ReconciliationRules;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.ViewSums;
import org.junit.jupiter.api.Test;

/**
 * The rows a published balance sheet prints beyond the ledger's own (a 款 under its 类, spending by
 * use, the fiscal subtotal) are rebuilt on request only, over the table's legs, after their 类; the
 * rules still sum the 类 and the sources, never the added rows as well.
 */
class PrintedRowsTest {
  private final BudgetView view = SeedViews.municipal();

  @Test
  void aPrintedSectionRowIsTheLinesUnderItsCodeAfterItsClass() {
    String section = view.lines().get(0).key().function().value().substring(0, 5);
    String classCode = section.substring(0, 3);
    List<String> keys = List.of("spendingDetail:" + section, "spendingUse:basic", "income:fiscal");

    DisclosureTable plain = summary(DisclosureTables.standard().build(view));
    DisclosureTable printed =
        summary(
            DisclosureTables.standard()
                .build(
                    view, kind -> kind == TableKind.INCOME_EXPENDITURE_SUMMARY ? keys : List.of()));

    assertThat(plain.row("spendingDetail:" + section)).isEmpty();
    assertThat(printed.rows()).hasSize(plain.rows().size() + 3);
    assertThat(printed.cell("spendingDetail:" + section, "spending").orElseThrow().amount())
        .isEqualTo(ViewSums.of(view, LegFilter.spending().function(section)));
    assertThat(ViewSums.of(view, LegFilter.spending().function(section)).isPositive()).isTrue();
    assertThat(printed.cell("spendingUse:basic", "spending").orElseThrow().amount())
        .isEqualTo(
            ViewSums.of(
                view,
                LegFilter.spending()
                    .kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC)));
    List<String> order = printed.rows().stream().map(TableRow::key).toList();
    assertThat(order.indexOf("spendingDetail:" + section))
        .isEqualTo(order.indexOf("spending:" + classCode) + 1);

    TableSet rebuilt =
        TableSet.rebuilt(
            view,
            DisclosureTables.standard()
                .build(
                    view, kind -> kind == TableKind.INCOME_EXPENDITURE_SUMMARY ? keys : List.of()));
    assertThat(ReconciliationRules.check(rebuilt))
        .filteredOn(r -> r.statement().startsWith("收支总表 本年"))
        .hasSize(2)
        .extracting(RuleCheck::status)
        .containsOnly(RuleStatus.PASS);
  }

  @Test
  void aKeyNoBuilderKnowsAddsNoRow() {
    DisclosureTable plain = summary(DisclosureTables.standard().build(view));
    DisclosureTable asked =
        summary(DisclosureTables.standard().build(view, kind -> List.of("spendingDetail:", "x:y")));

    assertThat(asked.rows()).hasSameSizeAs(plain.rows());
  }

  private static DisclosureTable summary(List<DisclosureTable> tables) {
    return tables.stream()
        .filter(t -> t.kind() == TableKind.INCOME_EXPENDITURE_SUMMARY)
        .findFirst()
        .orElseThrow();
  }
}
