package org.budgetledger.projections.tables.incomeexpendituresummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.core.model.ExpenditureKind.PROJECT;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.ViewFixture;
import org.junit.jupiter.api.Test;

class IncomeExpenditureSummaryBuilderTest {
  private final IncomeExpenditureSummaryBuilder builder = new IncomeExpenditureSummaryBuilder();
  private final DisclosureTable district = builder.build(SeedViews.district());
  private final DisclosureTable municipal = builder.build(SeedViews.municipal());

  @Test
  void listsTheFormatsFixedClassesInOrderEmptyWhenZero() {
    List<TableRow> districtClasses = spendingRows(district);
    List<TableRow> municipalClasses = spendingRows(municipal);

    assertThat(districtClasses).hasSize(28);
    assertThat(municipalClasses).hasSize(26);
    assertThat(text(district, "spending:209", "spendingItem")).isEqualTo("九、社会保险基金支出");
    assertThat(text(district, "spending:210", "spendingItem")).isEqualTo("十、卫生健康支出");
    assertThat(text(district, "spending:299", "spendingItem")).isEqualTo("二十八、往来性支出");
    assertThat(text(municipal, "spending:210", "spendingItem")).isEqualTo("九、卫生健康支出");
    assertThat(amount(district, "spending:201", "spending")).isEqualTo(Fen.ZERO);
    assertThat(district.cell("spending:201", "spending").orElseThrow().display(2)).isEmpty();
    assertThat(district.title()).isEqualTo("2026年部门（单位）收支总表");
    assertThat(municipal.title()).isEqualTo("收支总表");
  }

  @Test
  void spendingByClassAndIncomeBySourceCarryExactFen() {
    assertThat(amount(district, "spending:210", "spending")).isEqualTo(Fen.of(41_480_795_678L));
    assertThat(amount(district, "spending:221", "spending")).isEqualTo(wan("201.86"));
    assertThat(amount(district, "income:GENERAL_BUDGET", "income")).isEqualTo(wan("41683.865678"));
    assertThat(text(district, "income:GENERAL_BUDGET", "incomeItem")).isEqualTo("一、一般公共预算拨款收入");
    assertThat(amount(municipal, "totals:carryOver", "income")).isEqualTo(wan("508.642853"));
    assertThat(amount(municipal, "spending:205", "spending")).isEqualTo(wan("9036.812380"));
  }

  @Test
  void balancesIncomeAndSpendingAsRuleOneRequires() {
    for (DisclosureTable table : List.of(district, municipal)) {
      Fen classes =
          spendingRows(table).stream()
              .map(r -> amount(table, r.key(), "spending"))
              .reduce(Fen.ZERO, Fen::plus);
      Fen sources =
          table.rows().stream()
              .filter(r -> r.key().startsWith("income:"))
              .map(r -> amount(table, r.key(), "income"))
              .reduce(Fen.ZERO, Fen::plus);
      assertThat(amount(table, "totals:currentYear", "spending")).isEqualTo(classes);
      assertThat(amount(table, "totals:currentYear", "income")).isEqualTo(sources);
      assertThat(amount(table, "totals:grand", "income"))
          .isEqualTo(sources.plus(amount(table, "totals:carryOver", "income")));
      assertThat(amount(table, "totals:grand", "income"))
          .isEqualTo(amount(table, "totals:grand", "spending"));
      assertThat(amount(table, "totals:carryOver", "spending")).isEqualTo(Fen.ZERO);
    }
  }

  /**
   * Yantai prints 上级补助收入 below 本年收入合计 (公开表1, p.9: 315,235.83, then 205.89, then 收入总计 315,441.72): a
   * source printed there is not part of the subtotal, wherever the builder lists it.
   */
  @Test
  void aSourcePrintedBelowTheYearsSubtotalIsLeftOutOfIt() {
    BudgetView view = SeedViews.district();
    List<String> printed =
        new java.util.ArrayList<>(district.rows().stream().map(TableRow::key).toList());
    printed.remove("income:GENERAL_BUDGET");
    printed.add(printed.indexOf("totals:currentYear") + 1, "income:GENERAL_BUDGET");

    DisclosureTable asPrinted = builder.asPrinted(view, district, printed);

    Fen general = amount(district, "income:GENERAL_BUDGET", "income");
    assertThat(general).isEqualTo(wan("41683.865678"));
    assertThat(amount(asPrinted, "totals:currentYear", "income"))
        .isEqualTo(amount(district, "totals:currentYear", "income").minus(general));
    assertThat(amount(asPrinted, "totals:grand", "income"))
        .isEqualTo(amount(district, "totals:grand", "income"));
    List<String> keys = asPrinted.rows().stream().map(TableRow::key).toList();
    assertThat(keys.indexOf("income:GENERAL_BUDGET"))
        .isEqualTo(keys.indexOf("totals:currentYear") + 1);
    // printed in the builder's order, the table is the builder's own
    assertThat(
            builder.asPrinted(view, district, district.rows().stream().map(TableRow::key).toList()))
        .isSameAs(district);
  }

  @Test
  void appendsAClassOutsideTheFixedListSoTheRowsStillAddUp() {
    BudgetView view =
        new ViewFixture()
            .unit("ybj001", "示例单位")
            .names(Map.of("2270101", "预备费"), Map.of(), Map.of())
            .line("ybj001", "2270101", "59999", "39999", PROJECT, "1.000000")
            .balanceWithGeneralBudgetIncome()
            .build("ybj", "示例部门", DisclosureFormat.MUNICIPAL, 6);

    DisclosureTable table = builder.build(view);

    assertThat(text(table, "spending:227", "spendingItem")).isEqualTo("二十七、预备费");
    assertThat(amount(table, "spending:227", "spending")).isEqualTo(wan("1"));
    assertThat(table.notes()).singleElement().asString().contains("227");
  }

  private static List<TableRow> spendingRows(DisclosureTable table) {
    return table.rows().stream().filter(r -> r.key().startsWith("spending:")).toList();
  }
}
