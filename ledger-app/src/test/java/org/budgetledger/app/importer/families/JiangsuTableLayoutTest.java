package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellFinding;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.document.TableNotPublishedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * 无锡市教育局 2026, a Jiangsu document, comes back in its own frame: the tables it prints under its own
 * numbers (公开01表 收支总表 … 公开13表 政府采购支出表; its 05 财政拨款支出表 by function a table of its family since
 * s11-fnbasic; it prints no 06 or 12 of the canonical tables), their columns under its headers
 * (一般公共预算 where Beijing prints 一般公共预算资金), in 万元 at 2 decimals; a number is read in its numbering
 * (03, 公开03表), the 勾稽核对 names its tables so, and the 预算表 page and the REST table show the same.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:jiangsulayout;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JiangsuTableLayoutTest {
  @Autowired DisclosureImporter importer;
  @Autowired TableInquiry inquiry;
  @Autowired ReconciliationService reconciliation;
  @Autowired MockMvc mvc;

  BudgetId id;
  DepartmentTables set;

  @BeforeAll
  void importWuxi2026() throws Exception {
    ImportReport imported = JiangsuPdfImportTest.PDF.importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    id = BudgetId.parse(imported.budgetId());
    set = inquiry.tables(id, PointInTime.LATEST, Progress.NONE);
  }

  @Test
  void theTablesItPrintsUnderItsOwnNumbersAndTitles() {
    assertThat(set.tables().stream().map(DisclosureTable::number).toList())
        .containsExactly(
            "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表",
            "公开10表", "公开11表", "公开13表");
    assertThat(table(TableKind.EXPENDITURE_SUMMARY).title()).isEqualTo("支出总表");
    assertThat(table(TableKind.THREE_PUBLIC_EXPENSES).title()).isEqualTo("一般公共预算“三公”经费、会议费、培训费支出表");
    DisclosureTable spending = table(TableKind.EXPENDITURE_SUMMARY);
    assertThat(spending.unitLabel()).isEqualTo("金额单位：万元");
    assertThat(spending.display(spending.cell("total", "total").orElseThrow(), set.decimals()))
        .isEqualTo("512,434.34");
    assertThat(spending.display(spending.cell("total", "basic").orElseThrow(), set.decimals()))
        .isEqualTo("280,524.94");
  }

  @Test
  void theColumnsCarryItsPrintedHeaders() {
    DisclosureTable income = table(TableKind.INCOME_SUMMARY);
    assertThat(label(income, "GENERAL_BUDGET")).isEqualTo("一般公共预算");
    assertThat(label(income, "FISCAL_SPECIAL_ACCOUNT")).isEqualTo("财政专户管理资金");
    assertThat(label(income, "carryOver:UNIT_FUNDS")).isEqualTo("单位资金");
    assertThat(label(table(TableKind.THREE_PUBLIC_EXPENSES), "abroad")).isEqualTo("因公出国（境）费");
  }

  @Test
  void aNumberIsReadInItsNumberingAndAnUnpublishedTableIsRefusedSo() {
    assertThat(inquiry.kind(id, "公开03表")).isEqualTo(TableKind.EXPENDITURE_SUMMARY);
    assertThat(inquiry.kind(id, "03")).isEqualTo(TableKind.EXPENDITURE_SUMMARY);
    assertThat(inquiry.kind(id, "7")).isEqualTo(TableKind.GENERAL_BUDGET_EXPENDITURE);
    assertThat(inquiry.kind(id, "公开10表")).isEqualTo(TableKind.GOVERNMENT_FUND_EXPENDITURE);
    assertThat(inquiry.kind(id, "公开05表")).isEqualTo(TableKind.FISCAL_APPROPRIATION_EXPENDITURE);
    // 公开06表 财政拨款基本支出表（经济科目） is read since s12-basicecon; 公开12表 机关运行经费 is not
    assertThat(inquiry.kind(id, "公开06表")).isEqualTo(TableKind.FISCAL_APPROPRIATION_BASIC);
    assertThatThrownBy(() -> inquiry.kind(id, "公开12表"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jiangsu");
    assertThatThrownBy(() -> inquiry.table(id, "purchased-services", PointInTime.LATEST))
        .isInstanceOf(TableNotPublishedException.class)
        .hasMessageStartingWith("本版式不公开此表：政府购买服务预算财政拨款明细表（jiangsu 公开 公开01表");
  }

  @Test
  void theReconciliationNamesItsTablesByItsNumbersAndTitles() {
    CellComparisonResult cells = reconciliation.reconcileAsImported(id).get(0).comparison();
    assertThat(cells.tallies().stream().map(TableTally::tableNumber).limit(4))
        .containsExactly("公开01表", "公开02表", "公开03表", "公开04表");
    assertThat(cells.tallies().get(2).tableTitle()).isEqualTo("支出总表");
    // the 三公 cells of 公务用车购置费 36.00 and its 小计, paid from 项目支出 within rounding (MISMATCH
    // before the split): named in the family's numbering
    assertThat(cells.findings(CellStatus.MISMATCH)).isEmpty();
    assertThat(cells.findings(CellStatus.WITHIN_ROUNDING))
        .filteredOn(f -> f.table() == TableKind.THREE_PUBLIC_EXPENSES)
        .isNotEmpty()
        .extracting(CellFinding::tableNumber)
        .containsOnly("公开09表");
  }

  @Test
  void thePagesAndTheRestTableShowItsFrame() throws Exception {
    assertThat(read("/budgets/" + id + "/tables", status().isOk()))
        .contains("公开01表", "公开13表", "收支总表", "475,631.69")
        .doesNotContain("预算11表");
    assertThat(read("/budgets/" + id + "/tables?table=PURCHASED_SERVICES", status().isNotFound()))
        .contains("本版式不公开此表");
    assertThat(read("/api/budgets/" + id + "/tables/03", status().isOk()))
        .contains("\"number\":\"公开03表\"", "\"title\":\"支出总表\"");
    // the 勾稽核对 page's tally: the family's number and title
    assertThat(read("/budgets/" + id + "/reconciliation", status().isOk()))
        .contains("公开09表", "一般公共预算“三公”经费、会议费、培训费支出表");
  }

  private String read(String path, ResultMatcher expected) throws Exception {
    return mvc.perform(get(path).with(user("shenji").roles("AUDITOR")))
        .andExpect(expected)
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private DisclosureTable table(TableKind kind) {
    return set.tables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  private static String label(DisclosureTable table, String column) {
    return table.columns().stream()
        .filter(c -> c.key().equals(column))
        .map(Column::label)
        .findFirst()
        .orElseThrow();
  }
}
