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
