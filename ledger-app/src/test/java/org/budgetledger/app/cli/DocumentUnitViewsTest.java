package org.budgetledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.app.adjustment.AdjustmentEntry;
import org.budgetledger.app.adjustment.AdjustmentOutcome;
import org.budgetledger.app.adjustment.Adjustments;
import org.budgetledger.app.adjustment.CellPreview;
import org.budgetledger.app.adjustment.FilePlace;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocument;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.importer.ImportedFamilyLayouts;
import org.budgetledger.app.inquiry.diff.CellChange;
import org.budgetledger.app.inquiry.diff.TableChanges;
import org.budgetledger.app.inquiry.diff.TableDiff;
import org.budgetledger.app.inquiry.provenance.CellProvenance;
import org.budgetledger.app.inquiry.provenance.CellTrace;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A budget imported from the Shanghai 2026 PDF prints its tables in 元 (表3 支出预算总表: 2080502 行政运行
 * 720,660 元, page 5 of the PDF), so every view of its figures says 元 and prints to the fen: the
 * trace, history and diff of a cell, the preview of an adjustment, the entry and the journal, on
 * the command line and on the pages. 12,345.67 元 more on that line makes it 733,005.67 元. The
 * seeds' views stay in 万元 ({@code InquiryCliTest}, {@code AdjustmentBatchContract}).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:documentunit;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentUnitViewsTest {
  static final String ROW = "2080502|-|-";
  static final Fen MORE = Fen.parseYuan("12345.67");

  @Autowired DisclosureImporter importer;
  @Autowired LedgerCommands commands;
  @Autowired LedgerQueries ledger;
  @Autowired EntryJournal journal;
  @Autowired CellTrace trace;
  @Autowired TableDiff diff;
  @Autowired Adjustments adjustments;
  @Autowired LedgerCli cli;
  @Autowired MockMvc mvc;
  @Autowired ImportedDocuments documents;

  BudgetId budget;
  PointInTime imported;
  RecordEntryCommand supplement;

  @BeforeAll
  void importShanghaiAndSupplementOneLine() throws IOException {
    Path pdf = Path.of("src/test/resources/corpus/pdf/shanghai9-2026-0afcacdd.pdf");
    ImportReport report =
        importer.importBytes(
            pdf.getFileName().toString(), Files.readAllBytes(pdf), Actor.of("tester"));
    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    budget = BudgetId.parse(report.budgetId());
    imported = PointInTime.asOf(journal.all(budget).get(0).recordedAt());
    supplement = supplement("s-yuan");
    commands.send(supplement);
  }

  /** 12,345.67 元 more on the first line of 2080502 行政运行, with income of its unit and fund. */
  private RecordEntryCommand supplement(String id) {
    LineKey line =
        ledger
            .legs(budget, LegFilter.spending().function("2080502"), PointInTime.LATEST)
            .get(0)
            .line();
    IncomeKey income = new IncomeKey(line.unit(), line.fundSource(), Origin.CURRENT_YEAR);
    return new RecordEntryCommand(
        budget,
        EntryId.of(id),
        EntryType.SUPPLEMENT,
        List.of(new IncomeLeg(income, MORE)),
        List.of(new SpendingLeg(line, MORE)),
        LocalDate.of(2026, 3, 1),
        new Basis("关于追加经费的批复", "沪财预〔2026〕8号"),
        "追加行政运行经费",
        Actor.of("tester"),
        id);
  }

  @Test
  void theTraceOfACellInYuanSaysYuanAndSumsItsLegsToTheFen() {
    CellProvenance p = trace.trace(budget, "3", ROW, "total", PointInTime.LATEST);
    assertThat(p.cell().unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(p.amountFen()).isEqualTo(73_300_567L);
    assertThat(p.display()).isEqualTo("733,006"); // whole 元, as 表3 prints

    String text = run("trace", dept(), "2026", "3", ROW, "total");
    assertThat(text)
        .contains("表3 ", "cell: 733,006 元 = 73300567 分")
        .contains("12,345.67")
        .doesNotContain("万元");
    assertThat(run("history", dept(), "2026", "3", ROW, "total"))
        .contains("change 元", "running 元", "final: 733,005.67 元", "12,345.67")
        .doesNotContain("万元");
  }

  @Test
  void aDiffOfATableInYuanPrintsOldNewAndDeltaInYuanToTheFen() {
    TableChanges changes = diff.diff(budget, "3", imported, PointInTime.LATEST);
    assertThat(changes.unit()).isEqualTo(MoneyUnit.YUAN);
    CellChange line =
        changes.changes().stream()
            .filter(c -> c.row().equals(ROW) && c.column().equals("total"))
            .findFirst()
            .orElseThrow();
    assertThat(line.oldFen()).isEqualTo(72_066_000L);
    assertThat(line.deltaFen()).isEqualTo(MORE.value());

    String text = run("diff", dept(), "2026", "3", "--from-as-of", imported.asOf().toString());
    assertThat(text)
        .contains("old 元", "new 元", "delta 元")
        .contains("720,660.00", "733,005.67", "12,345.67")
        .doesNotContain("万元");
  }

  @Test
  void theChangesOfTablesAllInYuanNameTheUnitOnceAndRestSaysYuan() throws Exception {
    String text = run("changes", dept(), "2026", "--from-as-of", imported.asOf().toString());
    assertThat(text).contains("合计 change 元", "12,345.67").doesNotContain("万元");

    String json = page(get("/api/budgets/{id}/tables/3/cells/{row}/total/trace", budget, ROW));
    assertThat(json).contains("\"unit\":\"元\"", "\"amountFen\":73300567");
  }

  @Test
  void thePreviewOfAnAdjustmentNamesEachTablesUnit() {
    AdjustmentOutcome outcome =
        adjustments.apply(
            budget,
            List.of(AdjustmentEntry.of(new FilePlace("preview.json", 0, 1), supplement("p1"))),
            true);
    CellPreview line =
        outcome.changes().stream()
            .filter(c -> c.table().equals("表3") && c.rowKey().equals(ROW))
            .filter(c -> c.columnKey().equals("total"))
            .findFirst()
            .orElseThrow();
    assertThat(line.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(line.beforeFen()).isEqualTo(73_300_567L);
    // the tables Shanghai publishes are in 元; 预算13表, which it does not publish, is the ledger's, in
    // 万元
    assertThat(CellPreviewReport.text(outcome))
        .contains(" (+12,345.67 元)", "733,005.67 元 → 745,351.34 元 (+12,345.67 元)")
        .contains("预算13表 部门整体支出绩效目标表 | funds:total | amount")
        .contains("(+1.234567 万元)");
  }

  @Test
  void thePagesShowTheTraceTheEntryAndTheJournalInYuan() throws Exception {
    String tracePage =
        page(
            get("/budgets/{id}/cells", budget)
                .param("table", "EXPENDITURE_SUMMARY")
                .param("row", ROW)
                .param("column", "total"));
    assertThat(tracePage).contains("金额（元）", "733,006", "733,005.67", "12,345.67");
    assertThat(tracePage).doesNotContain("万元");

    String entryPage = page(get("/budgets/{id}/journal/s-yuan", budget));
    assertThat(entryPage).contains("金额（元）", "12,345.67", "（元）", "+12,345.67", "733,005.67");

    String journalPage = page(get("/budgets/{id}/journal", budget));
    assertThat(journalPage).contains("金额（元）", "金额单位：元", "12,345.67");
  }

  @Test
  void theCompareReplayAndListPagesShowYuan() throws Exception {
    String compare =
        page(
            get("/budgets/{id}/compare", budget)
                .param("fromEffective", "2026-02-01")
                .param("toEffective", "2026-03-31"));
    assertThat(compare).contains("（元）", "720,660.00", "733,005.67", "+12,345.67");

    String replay =
        page(
            get("/budgets/{id}/replay", budget)
                .param("table", "EXPENDITURE_SUMMARY")
                .param("step", "2"));
    assertThat(replay).contains("金额（元）", "12,345.67", "支出净额（元）");

    assertThat(page(get("/budgets/{id}/reconciliation", budget)))
        .contains("逐格比对的金额以各表自身的单位计", "表1");

    // 收支总表 支出总计 50,040,000 元 (page 3) and the 12,345.67 元 more
    assertThat(page(get("/budgets"))).contains("50,052,345.67 元");
  }

  @Test
  void theRulesOfADocumentInYuanPrintTheirSidesInYuanOnTheReportTheChecksAndThePage()
      throws Exception {
    // 收支总表 收入总计 50,040,000 元 (page 3), 表9 三公 20.8 万元 = 208,000 元 (page 11)
    assertThat(run("reconcile", dept(), "2026"))
        .contains("；金额单位：元\n")
        .contains("规则1 [相符] 收支总表 收入总计 = 支出总计：50,040,000.00 对 50,040,000.00")
        .contains("“三公”经费 总额 = 因公出国 + 公务接待 + 公务用车购置 + 运行维护：208,000.00 对 208,000.00");
    Path pdf = Path.of("src/test/resources/corpus/pdf/shanghai9-2026-0afcacdd.pdf");
    assertThat(run("check", "--details", "--all", pdf.toString()))
        .contains("左方 50,040,000.00 元，右方 50,040,000.00 元，相等。");
    assertThat(page(get("/budgets/{id}/reconciliation", budget)))
        .contains("金额单位：元（左边、右边、差额和舍入容差）", "50,040,000.00");
  }

  @Test
  void aDocumentImportedBeforeItsCoverRecordedDecimalsTakesThemFromItsStoredFigures() {
    ImportedDocument stored = documents.of(budget).get(0);
    // as imported before: each 表题 line holds the kind and the title alone
    String before = stored.content().replaceAll("(?m)^(表题：[A-Z_]+\t[^\t\n]*)\t.*$", "$1");
    assertThat(before).contains("表题：INCOME_SUMMARY\t2026年预算单位收入预算总表\n");
    ImportedDocuments old = mock(ImportedDocuments.class);
    when(old.of(budget))
        .thenReturn(
            List.of(
                new ImportedDocument(
                    stored.contentHash(), stored.fileName(), before, stored.importedAt())));

    FamilyLayout layout = new ImportedFamilyLayouts(old).of(budget).orElseThrow();

    // 表2 prints whole 元 (合计 50,040,000), 表9 万元 at one decimal (20.8): not the profile's 2
    assertThat(layout.frames().get(TableKind.INCOME_SUMMARY).decimals()).isZero();
    assertThat(layout.frames().get(TableKind.THREE_PUBLIC_EXPENSES).decimals()).isEqualTo(1);
    assertThat(layout.frames().get(TableKind.INCOME_SUMMARY).number()).isEqualTo("表2");
  }

  private String dept() {
    return budget.department().toString();
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user("tester")).header("Accept-Language", "zh-CN"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** Runs the CLI and returns what it printed on standard output. */
  private String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(cli.run(args)).isZero();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
