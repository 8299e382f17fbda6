package org.budgetledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalEntry;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.PointInTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a user of a budget in 元 types is read in 元: the Shanghai 2026 PDF prints its tables in 元, so
 * 12,345.67 typed on the 录入调整 page, in an adjustment file on the command line, in the journal's
 * amount filter, is 1,234,567 分; a figure finer than 1 分 of 元 (12.345) is refused naming its field,
 * and nothing is recorded. A REST body names its unit ({@code amountUnit}); one that names none is
 * read in 万元, as every client sent before the field existed.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:documentunitinput;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentUnitInputTest {
  static final long TYPED_FEN = 1_234_567L; // 12,345.67 元 = 1.234567 万元

  @Autowired DisclosureImporter importer;
  @Autowired LedgerQueries ledger;
  @Autowired EntryJournal journal;
  @Autowired LedgerCli cli;
  @Autowired MockMvc mvc;

  BudgetId budget;
  LineKey line;

  @BeforeAll
  void importShanghai() throws IOException {
    Path pdf = Path.of("src/test/resources/corpus/pdf/shanghai9-2026-0afcacdd.pdf");
    ImportReport report =
        importer.importBytes(
            pdf.getFileName().toString(), Files.readAllBytes(pdf), Actor.of("tester"));
    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    budget = BudgetId.parse(report.budgetId());
    line =
        ledger
            .legs(budget, LegFilter.spending().function("2080502"), PointInTime.LATEST)
            .get(0)
            .line();
  }

  @Test
  void theEntryPageSaysYuanBesideEveryAmountAndRecordsWhatIsTypedInYuan() throws Exception {
    String form = page(get("/budgets/{id}/entries/new", budget));
    assertThat(form)
        .contains("金额（元）", "金额单位元（本预算收支总表的单位），最多 2 位小数（精确到分）。")
        .contains("data-template=\"收入 {0} / 支出 {1} / 差额 {2}（{3}）\" data-unit=\"元\"")
        .doesNotContain("金额（万元）");

    MockHttpServletResponse saved = submit("form-1", "12,345.67");
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(entry("form-1").netFen()).isEqualTo(TYPED_FEN);
  }

  @Test
  void theEntryPageRefusesAFigureFinerThanAFenOfYuanAtItsField() throws Exception {
    int before = journal.all(budget).size();
    MockHttpServletResponse refused = submit("form-2", "12.345");
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("支出第 1 行 · 金额（元）：不是金额：请填写元金额，如 12.34，最多 2 位小数（精确到分）")
        .contains("data-field=\"spendingLegs[0].amount\"");
    assertThat(journal.all(budget)).hasSize(before);
  }

  @Test
  void anAdjustmentFileOnTheCommandLineIsReadInTheBudgetsUnitUnlessItNamesAnother(@TempDir Path dir)
      throws IOException {
    Path yuan = Files.writeString(dir.resolve("yuan.json"), file("cli-1", "12345.67", null));
    assertThat(run(0, "adjust", "--budget", budget.toString(), yuan.toString()))
        .startsWith("录入金额单位：元\n");
    assertThat(entry("cli-1").netFen()).isEqualTo(TYPED_FEN);

    Path wan = Files.writeString(dir.resolve("wan.json"), file("cli-2", "1.234567", null));
    assertThat(run(0, "adjust", "--budget", budget.toString(), "--unit", "万元", wan.toString()))
        .startsWith("录入金额单位：万元\n");
    assertThat(entry("cli-2").netFen()).isEqualTo(TYPED_FEN);

    Path named = Files.writeString(dir.resolve("named.json"), file("cli-3", "1.234567", "万元"));
    run(0, "adjust", "--budget", budget.toString(), named.toString());
    assertThat(entry("cli-3").netFen()).isEqualTo(TYPED_FEN);
  }

  @Test
  void anAdjustmentFileWithAFigureFinerThanAFenOfYuanIsRefusedNamingItsField(@TempDir Path dir)
      throws IOException {
    int before = journal.all(budget).size();
    Path fine = Files.writeString(dir.resolve("fine.json"), file("cli-4", "12.345", null));
    String error = runErr(1, "adjust", "--budget", budget.toString(), fine.toString());
    assertThat(error)
        .contains("fine.json", "entry 1 (line 1), field incomeLegs[0].amount")
        .contains("'12.345' has more than 2 decimals, finer than 1 分 in 元");
    assertThat(journal.all(budget)).hasSize(before);
  }

  @Test
  void aRestBodyNamesItsUnitAndOneThatNamesNoneIsReadInWanYuan() throws Exception {
    assertThat(postJson(body("rest-1", "12345.67", "元")).getStatus()).isEqualTo(201);
    assertThat(entry("rest-1").netFen()).isEqualTo(TYPED_FEN);

    assertThat(postJson(body("rest-2", "1.234567", null)).getStatus()).isEqualTo(201);
    assertThat(entry("rest-2").netFen()).isEqualTo(TYPED_FEN);

    int before = journal.all(budget).size();
    MockHttpServletResponse refused = postJson(body("rest-3", "12.345", "元"));
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"incomeLegs[0].amount\"", "finer than 1 分 in 元");
    MockHttpServletResponse unknown = postJson(body("rest-4", "1", "千元"));
    assertThat(unknown.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"amountUnit\"", "unit '千元' is neither 元 nor 万元");
    assertThat(journal.all(budget)).hasSize(before);
  }

  @Test
  void theJournalsAmountFilterTakesYuan() throws Exception {
    postJson(body("rest-5", "12345.67", "元"));
    String filtered =
        page(
            get("/budgets/{id}/journal", budget)
                .param("minAmount", "12,345.67")
                .param("maxAmount", "12345.67"));
    assertThat(filtered).contains("金额不少于（元）", "筛选金额同样以元填写", "12,345.67");
    assertThat(filtered).doesNotContain("金额不少于（万元）");
  }

  private JournalEntry entry(String requestIdAsReason) {
    return journal.all(budget).stream()
        .filter(e -> requestIdAsReason.equals(e.reason()))
        .findFirst()
        .orElseThrow();
  }

  private MockHttpServletResponse submit(String requestId, String amount) throws Exception {
    String unit = line.unit().value();
    return mvc.perform(
            post("/budgets/{id}/entries", budget)
                .with(csrf())
                .with(user("luru").roles("ENTRY"))
                .header("Accept-Language", "zh-CN")
                .param("type", "SUPPLEMENT")
                .param("effectiveDate", "2026-03-01")
                .param("requestId", requestId)
                .param("basis.document", "关于追加经费的批复")
                .param("basis.number", "沪财预〔2026〕8号")
                .param("reason", requestId)
                .param("incomeLegs[0].unit", unit)
                .param("incomeLegs[0].fundSource", line.fundSource().name())
                .param("incomeLegs[0].origin", "CURRENT_YEAR")
                .param("incomeLegs[0].amount", amount)
                .param("spendingLegs[0].unit", unit)
                .param("spendingLegs[0].function", "2080502")
                .param("spendingLegs[0].govEconomic", "50201")
                .param("spendingLegs[0].deptEconomic", "30201")
                .param("spendingLegs[0].kind", "BASIC_PUBLIC")
                .param("spendingLegs[0].fundSource", line.fundSource().name())
                .param("spendingLegs[0].amount", amount))
        .andReturn()
        .getResponse();
  }

  /** One 追加 of {@code amount} on 2080502 办公费, in {@code amountUnit} when not null. */
  private String body(String requestId, String amount, String amountUnit) {
    String unit = line.unit().value();
    String fund = line.fundSource().name();
    return """
        {"requestId":"%s","type":"追加","effectiveDate":"2026-03-01"%s,
         "basis":{"document":"关于追加经费的批复","number":"沪财预〔2026〕8号"},"reason":"%s",
         "incomeLegs":[{"unit":"%s","fundSource":"%s","origin":"本年收入","amount":"%s"}],
         "spendingLegs":[{"unit":"%s","function":"2080502","govEconomic":"50201",
           "deptEconomic":"30201","kind":"公用经费","fundSource":"%s","amount":"%s"}]}
        """
        .formatted(
            requestId,
            amountUnit == null ? "" : ",\"amountUnit\":\"" + amountUnit + "\"",
            requestId,
            unit,
            fund,
            amount,
            unit,
            fund,
            amount);
  }

  private String file(String requestId, String amount, String amountUnit) {
    return "[" + body(requestId, amount, amountUnit) + "]";
  }

  private MockHttpServletResponse postJson(String json) throws Exception {
    return mvc.perform(
            post("/api/budgets/{id}/entries", budget)
                .with(csrf())
                .with(user("luru").roles("ENTRY"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andReturn()
        .getResponse();
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user("luru").roles("ENTRY")).header("Accept-Language", "zh-CN"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The command line has no web request: the test's mock request is set aside while it runs. */
  private String run(int exit, String... args) {
    RequestContextHolder.resetRequestAttributes();
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(cli.run(args)).isEqualTo(exit);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private String runErr(int exit, String... args) {
    RequestContextHolder.resetRequestAttributes();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(cli.run(args)).isEqualTo(exit);
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
