package org.budgetledger.projections.tables.governmentfundexpenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.core.model.ExpenditureKind.PROJECT;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.ViewFixture;
import org.budgetledger.projections.tables.statecapitalexpenditure.StateCapitalExpenditureBuilder;
import org.junit.jupiter.api.Test;

class GovernmentFundExpenditureBuilderTest {

  @Test
  void anEmptyDistrictTableCarriesTheNotInvolvedNote() {
    DisclosureTable fund = new GovernmentFundExpenditureBuilder().build(SeedViews.district());
    DisclosureTable capital = new StateCapitalExpenditureBuilder().build(SeedViews.district());

    assertThat(fund.rows()).extracting(TableRow::key).containsExactly("total");
    assertThat(fund.notes()).containsExactly(TableFrame.NOT_INVOLVED);
    assertThat(capital.notes()).containsExactly("说明：本单位不涉及此项工作内容");
    assertThat(capital.header().get(0).get(1).text()).isEqualTo("本年国有资本经营预算支出");
    assertThat(fund.number()).isEqualTo("预算08表");
  }

  @Test
  void theMunicipalTablePrintsNoNoteAsPublished() {
    DisclosureTable fund = new GovernmentFundExpenditureBuilder().build(SeedViews.municipal());

    assertThat(fund.notes()).isEmpty();
    assertThat(fund.number()).isEqualTo("预算07表");
    assertThat(fund.title()).isEqualTo("政府性基金预算支出表");
  }

  @Test
  void listsFundSpendingByFunction() {
    DisclosureTable fund =
        new GovernmentFundExpenditureBuilder()
            .build(
                new ViewFixture()
                    .unit("201001", "示例单位")
                    .names(Map.of("2296002", "用于社会福利的彩票公益金支出"), Map.of(), Map.of())
                    .line(
                        "201001",
                        "2296002",
                        "50901",
                        "30307",
                        PROJECT,
                        null,
                        FundSource.GOVERNMENT_FUND,
                        "12.500000")
                    .line(
                        "201001",
                        "2101501",
                        "50101",
                        "30101",
                        org.budgetledger.core.model.ExpenditureKind.BASIC_PERSONNEL,
                        "1.000000")
                    .build("201", "示例部门", DisclosureFormat.DISTRICT, 2));

    assertThat(fund.rows()).extracting(TableRow::key).containsExactly("2296002", "total");
    assertThat(amount(fund, "2296002", "project")).isEqualTo(wan("12.5"));
    assertThat(amount(fund, "total", "total")).isEqualTo(wan("12.5"));
    assertThat(fund.notes()).isEmpty();
  }
}
