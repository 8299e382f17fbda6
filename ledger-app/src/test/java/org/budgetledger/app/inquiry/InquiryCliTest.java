package org.budgetledger.app.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.inquiry.InquiryLedger.OFFICE_ROW;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetledger.app.cli.LedgerCli;
import org.budgetledger.app.command.LedgerCommands;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI subcommands: the same operations and names as REST, text or JSON on standard output. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:inquiry;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryCliTest {
  @Autowired LedgerCommands commands;
  @Autowired LedgerCli cli;
  @Autowired JsonMapper json;
  InquiryLedger ledger;
  String dept;
  int exit;

  @BeforeAll
  void recordLedger() {
    ledger = InquiryLedger.record(commands);
    dept = ledger.budget.department().toString();
  }

  /** Runs the CLI and returns what it printed on standard output. */
  String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      exit = cli.run(args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tablesAsTextAtBothTimes() {
    String july =
        run(
            "tables",
            dept,
            "2026",
            "03",
            "--as-of",
            ledger.july.toString(),
            "--effective",
            "2026-06-30");
    assertThat(exit).isZero();
    assertThat(july).contains("预算03表  2026年部门（单位）支出预算总表", "金额单位：万元", "9.31");
    // the figures only: the caption prints the point in time, whose seconds can read "10.54…"
    // (it failed so once, as of 15:53:10.543 UTC)
    assertThat(july.replaceAll("\\(as of [^)]*\\)", "")).doesNotContain("10.54");
    assertThat(
            run(
                "tables",
                dept,
                "2026",
                "expenditure-summary",
                "--as-of",
                ledger.september.toString(),
                "--effective",
                "2026-06-30"))
        .contains("10.54");
  }

  @Test
  void traceAsJsonSumsToTheCell() {
    JsonNode trace =
        json.readTree(run("trace", dept, "2026", "预算03表", OFFICE_ROW, "total", "--json"));
    assertThat(exit).isZero();
    assertThat(trace.get("amountFen").asLong()).isEqualTo(10_044_567L);
    assertThat(trace.get("legs").size()).isEqualTo(4);
    assertThat(trace.get("legs").get(2).get("entryId").asString()).isEqualTo("b1");
    assertThat(run("trace", dept, "2026", "03", OFFICE_ROW, "total"))
        .contains("legs: 4, sum 10044567 分 = the cell", "东财预〔2026〕8号", "1.234567");
  }

  @Test
  void historyAndDiffAsText() {
    assertThat(run("history", dept, "2026", "03", OFFICE_ROW, "total"))
        .contains("10.544567", "final: 10.044567 万元");
    String diff =
        run(
            "diff",
            dept,
            "2026",
            "03",
            "--from-as-of",
            ledger.july.toString(),
            "--from-effective",
            "2026-06-30",
            "--to-as-of",
            ledger.september.toString(),
            "--to-effective",
            "2026-06-30");
    assertThat(diff).contains("4 cells of 预算03表 changed", "+b1 追加 2026-06-15", "1.234567");
    assertThat(run("diff", dept, "2026", "03", "--from", "2026-04-01", "--to", "2026-05-31"))
        .contains("No cell of 预算03表 changed");
    assertThat(
            run(
                "changes",
                dept,
                "2026",
                "--from",
                ledger.july.toString(),
                "--to",
                ledger.september.toString()))
        .contains("预算03表", "1.234567");
  }

  @Test
  void exportWritesTheWorkbook(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tables.xlsx");
    assertThat(run("export", dept, "2026", "--format", "xlsx", "--out", file.toString()))
        .contains("Wrote");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(13);
    }
    assertThat(run("export", dept, "2026", "03", "--format", "csv")).startsWith("\uFEFF行键,");
  }

  @Test
  void errorsExitWithTwo() {
    run("tables", dept, "2026", "99");
    assertThat(exit).isEqualTo(2);
    run("trace", dept, "2026", "03", "nope", "total");
    assertThat(exit).isEqualTo(2);
  }
}
