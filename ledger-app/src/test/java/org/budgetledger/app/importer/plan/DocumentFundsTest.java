package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummary;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.junit.jupiter.api.Test;

/**
 * Where a source's spending may go when 收入总表 prints units: the district seed, whose unit rows
 * (201001 本级, 201002 中心) are given income from other sources here to show the rule.
 */
class DocumentFundsTest {
  private final DisclosureDocument seed = seed();

  private static DisclosureDocument seed() {
    try {
      String file = ImportPlannerTest.DISTRICT;
      return new DisclosureDocumentParser()
          .parse(file, Files.readString(Path.of("..", "seeds", file)))
          .document();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The seed with 201002's row given the columns, 201001's unchanged. */
  private DisclosureDocument withCentreIncome(Map<IncomeColumn, String> columns) {
    IncomeSummary income = seed.incomeSummary();
    List<IncomeSummaryRow> rows =
        income.rows().stream()
            .map(
                r -> {
                  if (!"201002".equals(r.code())) {
                    return r;
                  }
                  Map<IncomeColumn, PublishedAmount> amounts = new EnumMap<>(IncomeColumn.class);
                  amounts.putAll(r.amounts());
                  columns.forEach(
                      (c, wan) ->
                          amounts.put(
                              c, new PublishedAmount(Fen.parseWan(wan), 2, r.lineNo(), wan)));
                  return new IncomeSummaryRow(r.code(), r.name(), r.total(), amounts, r.lineNo());
                })
            .toList();
    return new DisclosureDocument(
        seed.header(),
        seed.units(),
        seed.incomeExpenditureSummary(),
        new IncomeSummary(income.heading(), rows, income.total()),
        seed.expenditureSummary(),
        seed.procurement(),
        seed.fiscalAppropriationSummary(),
        seed.generalBudgetExpenditure(),
        seed.generalBudgetBasic(),
        seed.generalBudgetProjectEconomic(),
        seed.generalBudgetEconomic(),
        seed.projectExpenditure(),
        seed.functionSpending(),
        seed.governmentFundExpenditure(),
        seed.stateCapitalExpenditure(),
        seed.threePublicExpenses(),
        seed.purchasedServices(),
        seed.projectPerformance(),
        seed.departmentPerformance(),
        seed.basicExpenditureSummary(),
        seed.fiscalAppropriationBasic(),
        seed.expenditureByUnit(),
        seed.narrative(),
        seed.warnings());
  }

  @Test
  void aSourceIsSpentOnlyByTheUnitsWithIncomeFromIt() {
    DisclosureDocument doc = withCentreIncome(Map.of(IncomeColumn.BUSINESS_INCOME, "12.00"));
    assertThat(DocumentFunds.units(doc, "201", DocumentFunds::nonFiscal)).containsExactly("201002");
    assertThat(DocumentFunds.nonFiscalFund(doc, "201", "201002"))
        .isEqualTo(FundSource.BUSINESS_INCOME);
    assertThat(DocumentFunds.units(doc, "201", f -> f == FundSource.GENERAL_BUDGET))
        .containsExactly("201001", "201002");
  }

  @Test
  void aUnitWithSeveralNonFiscalSourcesPoolsThem() {
    DisclosureDocument doc =
        withCentreIncome(
            Map.of(
                IncomeColumn.BUSINESS_INCOME, "12.00", IncomeColumn.CARRY_OVER_UNIT_FUNDS, "3.00"));
    assertThat(DocumentFunds.nonFiscalSources(doc, "201", "201002"))
        .containsExactly(FundSource.UNIT_FUNDS, FundSource.BUSINESS_INCOME);
    assertThat(DocumentFunds.nonFiscalFund(doc, "201", "201002")).isEqualTo(FundSource.NON_FISCAL);
  }

  @Test
  void theSeedHasOnlyGeneralBudgetMoneySoNothingElseMayPay() {
    assertThat(FundGrid.hasOtherFunds(seed, "201")).isFalse();
    assertThat(
            new FundGrid(seed, "201")
                .payers("2101501", org.budgetledger.core.model.ExpenditureKind.BASIC_PUBLIC))
        .isEmpty();
  }
}
