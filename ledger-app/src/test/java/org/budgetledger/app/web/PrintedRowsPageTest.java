package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.inquiry.PrintedRowKeys;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 预算表 page shows a table as the imported document prints it, rows beyond the ledger's own
 * included: 上海市普陀区商务委员会 2026 prints its 收入总表 by 功能分类科目, which the page showed as its 合计 row alone
 * before (2026-12-06).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:printedrowspage;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
class PrintedRowsPageTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/shanghai9-2026-0afcacdd.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired MockMvc mvc;
  @Autowired BudgetViews views;
  @Autowired PrintedRowKeys printedRows;
  @Autowired ImportedDocuments documents;

  @Test
  void theIncomeSummaryShowsItsRowsByFunction() throws Exception {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);

    String id = imported.budgetId();

    // p.8: 208 05 05 机关事业单位基本养老保险缴费支出 4,069,913 元 = 财政拨款 2,887,843 + 经营收入 1,182,070
    assertThat(read("/budgets/" + id + "/tables?table=INCOME_SUMMARY"))
        .contains("2080505", "4,069,913", "2,887,843", "1,182,070");
    // REST and the provenance of the row's cell hold it too
    assertThat(read("/api/budgets/" + id + "/tables/INCOME_SUMMARY"))
        .contains("spendingDetail:2080505");
    assertThat(
            read(
                "/budgets/"
                    + id
                    + "/cells?table=INCOME_SUMMARY&row=spendingDetail:2080505&column=total"))
        .contains("4,069,913");
  }

  /**
   * The printed rows are the document's the ledger held at the point shown: at an instant before
   * the document was recorded, none of its rows (2026-12-06: the latest document's rows were shown
   * at any point).
   */
  @Test
  void aPointBeforeTheDocumentWasRecordedShowsNoneOfItsRows() throws Exception {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));
    assertThat(imported.status())
        .isIn(ImportReport.Status.IMPORTED, ImportReport.Status.ALREADY_IMPORTED);
    BudgetId id = BudgetId.parse(imported.budgetId());
    BudgetView latest = views.at(id, PointInTime.LATEST).orElseThrow();
    assertThat(printedRows.of(latest, TableKind.INCOME_SUMMARY)).contains("spendingDetail:2080505");

    var recorded = documents.of(id).get(0).importedAt();
    assertThat(printedRows.of(at(latest, PointInTime.asOf(recorded.minusMillis(1))))).isEmpty();
    assertThat(printedRows.of(at(latest, PointInTime.asOf(recorded))).get(TableKind.INCOME_SUMMARY))
        .contains("spendingDetail:2080505");
  }

  /** The same figures, as if read at {@code point}. */
  private static BudgetView at(BudgetView view, PointInTime point) {
    return new BudgetView(
        view.header(),
        view.lines(),
        view.income(),
        view.tags(),
        view.projects(),
        view.departmentPerformance(),
        view.narrative(),
        view.names(),
        view.projectAllocations(),
        view.economicAllocations(),
        view.basicAllocations(),
        point);
  }

  private String read(String path) throws Exception {
    return mvc.perform(get(path).with(user("shenji").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
