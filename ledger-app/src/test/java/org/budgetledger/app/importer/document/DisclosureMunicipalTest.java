package org.budgetledger.app.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.importer.document.DisclosureSeeds.fen;

import java.util.List;
import org.budgetledger.core.model.DisclosureFormat;
import org.junit.jupiter.api.Test;

/** The municipal seed: 6 decimals, unnamed units, rows lost in extraction, repeated projects. */
class DisclosureMunicipalTest {
  private final ParseResult result = DisclosureSeeds.parse(DisclosureSeeds.MUNICIPAL);
  private final DisclosureDocument document = result.document();

  @Test
  void readsEveryRowAndWarnsThatUnitsAreUnnamed() {
    assertThat(result.problems()).isEmpty();
    assertThat(document.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.lineNo()).isEqualTo(166);
              assertThat(w.message()).contains("4 units").contains("names none");
            });
    DocumentHeader header = document.header();
    assertThat(header.format()).isEqualTo(DisclosureFormat.MUNICIPAL);
    assertThat(header.fiscalYear()).isEqualTo(2026);
    assertThat(header.departmentName()).isEqualTo("北京市医疗保障局");
    assertThat(header.departmentCode()).isNull();
    assertThat(header.documentDate()).isNull();
    assertThat(header.decimals()).isEqualTo(6);
    assertThat(document.narrative()).isEqualTo(Narrative.empty());
  }

  @Test
  void generalBudgetRowsSplitIntoFourUnitsByAscendingCodes() {
    GeneralBudgetExpenditure t = document.generalBudgetExpenditure();
    assertThat(document.units()).isEqualTo(t.units());
    assertThat(t.units()).hasSize(4).noneMatch(DocumentUnit::isNamed);
    assertThat(List.of(1, 2, 3, 4))
        .extracting(u -> t.rowsOfUnit(u).size())
        .containsExactly(4, 4, 3, 4);
    assertThat(t.rowsOfUnit(2).get(0).functionCode()).isEqualTo("2050299");
  }

  @Test
  void rowsLostInExtractionAreNotInvented() {
    long generalRows =
        document.generalBudgetExpenditure().rows().stream().mapToLong(r -> fen(r.total())).sum();
    long summaryRows =
        document.expenditureSummary().rows().stream().mapToLong(r -> fen(r.total())).sum();
    long total = fen(document.generalBudgetExpenditure().total().total());
    assertThat(generalRows).isEqualTo(29_117_619_602L);
    assertThat(summaryRows).isEqualTo(29_117_619_602L);
    assertThat(total).isEqualTo(110_896_619_602L);
    assertThat(total - generalRows).isEqualTo(81_779_000_000L);
    assertThat(document.expenditureSummary().rows()).hasSize(64);
  }

  @Test
  void moneyTablesReadExactlyToTheFen() {
    IncomeExpenditureTable summary = document.incomeExpenditureSummary();
    assertThat(summary.spendingByClass()).hasSize(26);
    assertThat(fen(summary.spendingByClass().get(4).amount())).isEqualTo(9_038_772_380L);
    assertThat(fen(summary.carryOver())).isEqualTo(508_642_853L);
    assertThat(fen(summary.incomeGrandTotal())).isEqualTo(110_896_619_602L);
    IncomeSummary income = document.incomeSummary();
    assertThat(income.rows()).isEmpty(); // the municipal format prints only its 合计
    assertThat(fen(income.total().amount(IncomeColumn.CARRY_OVER_GENERAL_BUDGET)))
        .isEqualTo(508_642_853L);
    assertThat(document.fiscalAppropriationSummary().carryOverByFund().get(0).label())
        .isEqualTo("一般公共预算拨款");
    assertThat(document.generalBudgetBasic().rows()).hasSize(44);
    ThreePublicExpenses three = document.threePublicExpenses();
    assertThat(three.year()).isNull();
    assertThat(fen(three.total())).isEqualTo(77_672_600L);
    assertThat(fen(three.vehicleSubtotal())).isEqualTo(25_420_000L);
    assertThat(fen(three.vehicleOperation())).isEqualTo(6_730_000L);
    assertThat(document.procurement().rows()).hasSize(2);
    assertThat(fen(document.procurement().total())).isEqualTo(5_554_971_775L);
    assertThat(document.purchasedServices().rows())
        .hasSize(30)
        .allMatch(r -> r.serviceArea() == null);
    assertThat(document.purchasedServices().rows().get(24).level3())
        .isEqualTo("其他适合通过市场化方式提供的后勤服务");
    assertThat(document.governmentFundExpenditure().notApplicable()).isFalse();
    assertThat(document.governmentFundExpenditure().total().total()).isNull();
  }

  @Test
  void projectPerformanceMergesTwelvePagesAndKeepsRepeatedCodes() {
    ProjectPerformanceTable t = document.projectPerformance();
    assertThat(t.heading().continuedAt()).hasSize(11);
    assertThat(t.groups()).hasSize(27);
    assertThat(t.indicatorCount()).isEqualTo(358);
    assertThat(t.groups())
        .extracting(ProjectGroup::projectCode)
        .contains("11000022T000000444004", "11000023T000002065267");
    List<ProjectGroup> operations =
        t.groups().stream().filter(g -> g.projectCode().equals("11000026Y000003731429")).toList();
    assertThat(operations)
        .extracting(g -> fen(g.total()))
        .containsExactly(650_833_291L, 1_342_780_000L);
    assertThat(operations.get(0).projectName()).isEqualTo("医保信息化运行维护项目");
    assertThat(t.groups().stream().filter(g -> g.projectCode().equals("11000026T000003731041")))
        .hasSize(2);
    ProjectGroup audit = t.groups().get(7);
    assertThat(audit.indicators()).hasSize(33); // its rows go on after the page break
    assertThat(audit.indicators().get(audit.indicators().size() - 1).lineNo()).isEqualTo(498);
    IndicatorRow shifted = t.groups().get(0).indicators().get(16);
    assertThat(shifted.lineNo()).isEqualTo(330);
    assertThat(shifted.shifted()).isTrue();
    assertThat(shifted.direction()).isEmpty(); // the municipal format prints no direction
  }

  @Test
  void departmentPerformanceHas37Activities() {
    DepartmentPerformanceTable t = document.departmentPerformance();
    assertThat(fen(t.budgetTotal())).isEqualTo(110_896_619_602L);
    assertThat(t.funding())
        .extracting(FundingCell::label)
        .containsExactly("预算支出总额", "财政拨款/合计", "基本支出", "项目支出");
    assertThat(t.overallGoal()).startsWith("以习近平新时代中国特色社会主义思想为指导");
    assertThat(t.activities()).hasSize(37);
    assertThat(t.activities().get(0).shifted()).isFalse();
    assertThat(t.activities().get(19).shifted()).isTrue(); // after the blank line 780
    assertThat(t.activities().get(36).lineNo()).isEqualTo(798);
  }
}
