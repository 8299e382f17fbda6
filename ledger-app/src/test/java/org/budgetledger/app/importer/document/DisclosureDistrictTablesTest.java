package org.budgetledger.app.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.importer.document.DisclosureSeeds.fen;
import static org.budgetledger.app.importer.document.DisclosureSeeds.wan;

import java.time.LocalDate;
import org.budgetledger.core.model.DisclosureFormat;
import org.junit.jupiter.api.Test;

/** The district seed's header, units and money tables, with exact figures in fen. */
class DisclosureDistrictTablesTest {
  private final ParseResult result = DisclosureSeeds.parse(DisclosureSeeds.DISTRICT);
  private final DisclosureDocument document = result.document();

  @Test
  void readsEveryTableRowWithoutProblems() {
    assertThat(result.problems()).isEmpty();
    assertThat(result.isClean()).isTrue();
    assertThat(document.warnings()).extracting(ParseProblem::lineNo).containsExactly(525, 527);
  }

  @Test
  void headerIdentifiesTheDocument() {
    DocumentHeader header = document.header();
    assertThat(header.format()).isEqualTo(DisclosureFormat.DISTRICT);
    assertThat(header.fiscalYear()).isEqualTo(2026);
    assertThat(header.departmentName()).isEqualTo("北京市东城区医疗保障局");
    assertThat(header.departmentCode()).isEqualTo("201");
    assertThat(header.documentDate()).isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(header.decimals()).isEqualTo(2);
    assertThat(header.contentHash())
        .isEqualTo(HeaderReader.sha256(DisclosureSeeds.text(DisclosureSeeds.DISTRICT)))
        .hasSize(64);
  }

  @Test
  void unitsComeFromTheIncomeSummaryWithNamesJoined() {
    assertThat(document.units())
        .extracting(DocumentUnit::code, DocumentUnit::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("201001", "北京市东城区医疗保障局本级"),
            org.assertj.core.groups.Tuple.tuple("201002", "北京市东城区医疗保险事务管理中心"));
  }

  @Test
  void incomeExpenditureSummaryHasNineIncomeItemsAnd28Classes() {
    IncomeExpenditureTable t = document.incomeExpenditureSummary();
    assertThat(t.income()).hasSize(9);
    assertThat(fen(t.income().get(0).amount())).isEqualTo(43_667_280_000L);
    assertThat(t.income().get(1).amount()).isNull();
    assertThat(t.spendingByClass()).hasSize(28);
    SummaryItem health = t.spendingByClass().get(9);
    assertThat(health.ordinal()).isEqualTo("十");
    assertThat(health.label()).isEqualTo("卫生健康支出");
    assertThat(fen(health.amount())).isEqualTo(42_881_520_000L);
    assertThat(fen(t.incomeThisYear())).isEqualTo(43_667_280_000L);
    assertThat(fen(t.spendingGrandTotal())).isEqualTo(43_667_280_000L);
    assertThat(t.carryOver()).isNull();
    assertThat(t.yearEndBalance()).isNull();
  }

  @Test
  void incomeSummaryHasDepartmentAndUnitRows() {
    IncomeSummary t = document.incomeSummary();
    assertThat(t.rows())
        .extracting(IncomeSummaryRow::code)
        .containsExactly("201", "201001", "201002");
    IncomeSummaryRow centre = t.rows().get(2);
    assertThat(fen(centre.total())).isEqualTo(3_164_270_000L);
    assertThat(fen(centre.amount(IncomeColumn.GENERAL_BUDGET))).isEqualTo(3_164_270_000L);
    assertThat(centre.amount(IncomeColumn.CARRY_OVER_SUBTOTAL)).isNull();
    assertThat(fen(t.total().total())).isEqualTo(43_667_280_000L);
  }

  @Test
  void expenditureSummaryReadsEachRowExactly() {
    ExpenditureSummary t = document.expenditureSummary();
    assertThat(t.rows()).hasSize(34);
    ExpenditureSummaryRow salary =
        t.rows().stream().filter(r -> r.lineNo() == 112).findFirst().orElseThrow();
    assertThat(salary.function()).isEqualTo(new CodedName("2101501", "行政运行"));
    assertThat(salary.govEconomic().code()).isEqualTo("50101");
    assertThat(salary.deptEconomic().code()).isEqualTo("30101");
    assertThat(fen(salary.total())).isEqualTo(wan("404.14")).isEqualTo(404_140_000L);
    assertThat(fen(salary.basic())).isEqualTo(404_140_000L);
    assertThat(salary.project()).isNull();
    assertThat(fen(t.total().basic())).isEqualTo(2_858_840_000L);
    assertThat(fen(t.total().project())).isEqualTo(40_808_450_000L);
  }

  @Test
  void generalBudgetTableNamesItsTwoUnits() {
    GeneralBudgetExpenditure t = document.generalBudgetExpenditure();
    assertThat(t.rows()).hasSize(23);
    assertThat(t.units()).extracting(DocumentUnit::code).containsExactly("201002", "201001");
    assertThat(t.rowsOfUnit(1)).hasSize(12);
    assertThat(t.rowsOfUnit(2)).hasSize(11);
    assertThat(t.rows().get(7).functionName()).isEqualTo("机关事业单位职业年金缴费支出");
    assertThat(fen(t.total().personnel())).isEqualTo(2_711_390_000L);
    assertThat(fen(t.total().publicOperating())).isEqualTo(147_450_000L);
  }

  @Test
  void smallerTablesAndTheNotApplicableNote() {
    assertThat(document.procurement().rows())
        .singleElement()
        .satisfies(r -> assertThat(r.category()).isEqualTo(new CodedName("C", "服务")));
    assertThat(fen(document.procurement().total())).isEqualTo(329_660_000L);
    IncomeExpenditureTable fiscal = document.fiscalAppropriationSummary();
    assertThat(fiscal.income()).hasSize(3);
    assertThat(fiscal.carryOverByFund()).hasSize(3).allMatch(i -> i.amount() == null);
    assertThat(fiscal.spendingByClass()).hasSize(31);
    assertThat(fen(fiscal.spendingThisYear())).isEqualTo(43_667_280_000L);
    assertThat(document.generalBudgetBasic().rows()).hasSize(24);
    assertThat(fen(document.generalBudgetBasic().total().total())).isEqualTo(2_858_840_000L);
    assertThat(document.governmentFundExpenditure().notApplicable()).isTrue();
    assertThat(document.stateCapitalExpenditure().notApplicable()).isTrue();
    assertThat(document.governmentFundExpenditure().rows()).isEmpty();
    ThreePublicExpenses three = document.threePublicExpenses();
    assertThat(three.notApplicable()).isTrue(); // its note is broken over two lines
    assertThat(three.year()).isEqualTo(2026);
    assertThat(three.total()).isNull();
    assertThat(three.vehicleSubtotal()).isNull();
    PurchasedServicesTable services = document.purchasedServices();
    assertThat(services.rows()).hasSize(2);
    assertThat(services.rows().get(0).serviceArea()).isEqualTo("210-卫生健康支出");
    assertThat(fen(services.rows().get(0).amount())).isEqualTo(196_950_000L);
    assertThat(fen(services.total())).isEqualTo(200_950_000L);
  }
}
