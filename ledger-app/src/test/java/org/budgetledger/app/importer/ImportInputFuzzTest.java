package org.budgetledger.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.bench.fuzz.DocumentFuzzer;
import org.budgetledger.app.bench.fuzz.DocumentMutator;
import org.budgetledger.app.bench.fuzz.FuzzTally;
import org.budgetledger.app.bench.fuzz.HostilePdfs;
import org.budgetledger.app.bench.fuzz.HostileTexts;
import org.budgetledger.app.importer.input.ImportLimits;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.app.reconciliation.ImportReconciliation;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 3: whatever a file holds, the importer refuses it naming its place, or imports it;
 * no exception escapes, nothing is written by a refused file. Each case below crashed before (an
 * exception, a 500, a heap exhausted) or passed the parser (NUL).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportInputFuzzTest {
  static final String DISTRICT = SeedImportContract.DISTRICT;
  static final String MUNICIPAL = SeedImportContract.MUNICIPAL;
  static final Actor TESTER = Actor.of("tester");
  @Autowired DisclosureImporter importer;
  @Autowired JdbcTemplate jdbc;
  @Autowired ImportReconciliation reconciliation;
  ImportReport municipal;

  long storeRows() {
    return jdbc.queryForObject(
        "SELECT (SELECT COUNT(*) FROM domain_event_entry)"
            + " + (SELECT COUNT(*) FROM imported_document)",
        Long.class);
  }

  @BeforeAll
  void importTheSeeds() throws IOException {
    assertThat(importer.importText(DISTRICT, SeedImportContract.seed(DISTRICT), TESTER).status())
        .isEqualTo(ImportReport.Status.IMPORTED);
    municipal = importer.importText(MUNICIPAL, SeedImportContract.seed(MUNICIPAL), TESTER);
    assertThat(municipal.status()).isEqualTo(ImportReport.Status.IMPORTED);
  }

  /**
   * Issue 13 item 4: the import report says at once what reconciliation finds; the municipal
   * document's own 支出总表 does not add up (its rows lack 81,779.000000 万元 of its 合计).
   */
  @Test
  void anImportWhoseReconciliationFailsSaysSoInItsReport() {
    ImportReport report = reconciliation.withFindings(municipal);
    assertThat(report.reconciliationFailures()).isNotEmpty();
    assertThat(report.headline())
        .isEqualTo("导入成功，勾稽不一致 " + report.reconciliationFailures().size() + " 处");
    assertThat(report.toText())
        .startsWith(report.headline() + " IMPORTED " + MUNICIPAL)
        .contains("勾稽不一致: 公开表勾稽关系");
    assertThat(report.reconciliationFailures()).anyMatch(f -> f.contains("81,779.000000"));
  }

  ImportProblem refusedOnce(String name, byte[] bytes) {
    long before = storeRows();
    ImportReport report = importer.importBytes(name, bytes, TESTER);
    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(storeRows()).isEqualTo(before);
    assertThat(report.problems()).isNotEmpty();
    return report.problems().get(0);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDuplicatedTableRowIsRefusedNamingTheDocument() throws IOException {
    List<String> lines = new ArrayList<>(List.of(SeedImportContract.seed(DISTRICT).split("\n")));
    lines.add(112, lines.get(111));
    ImportProblem p = refusedOnce("dup.txt", utf8(String.join("\n", lines)));
    assertThat(p.toString())
        .isEqualTo(
            "dup.txt:113 [预算03表 支出总表] row 2101501 50101 30101"
                + " is given twice (first at line 112)");
  }

  @Test
  void aLineOf300KbAndOneOf50000CellsAreRefusedByLine() throws IOException {
    String seed = SeedImportContract.seed(DISTRICT);
    int second = seed.indexOf('\n') + 1;
    ImportProblem p =
        refusedOnce(
            "long.txt",
            utf8(seed.substring(0, second) + "9".repeat(300_000) + "\n" + seed.substring(second)));
    assertThat(p.lineNo()).isEqualTo(2);
    assertThat(p.message()).contains("longer than 4000 characters");
    p =
        refusedOnce(
            "cells.txt",
            utf8(seed.substring(0, second) + "1\t".repeat(50_000) + "\n" + seed.substring(second)));
    assertThat(p.lineNo()).isEqualTo(2);
    assertThat(p.message()).contains("more than 64 tab-separated cells");
  }

  /**
   * A PDF past the reader's limits on tables, ruling lines or columns is refused by that limit with
   * its page, as the reader says it (it was refused as "could not be mapped through its layout",
   * with a stack trace in the log, until 2026-12-06: the three limits had no kind of problem).
   */
  @Test
  void aPdfPastTheReadersLimitsIsRefusedByThatLimitNamingItsPage() {
    ImportProblem tables = refusedOnce("pdf-tables.pdf", HostilePdfs.make("pdf-tables", 0));
    assertThat(tables.kind()).isEqualTo("pdf-too-many-tables");
    assertThat(tables.field()).isEqualTo("PDF 第 3 页");
    assertThat(tables.message()).contains("表格过多 (too many tables): more than 1000 tables");
    ImportProblem rulings = refusedOnce("pdf-rulings.pdf", HostilePdfs.make("pdf-rulings", 0));
    assertThat(rulings.kind()).isEqualTo("pdf-too-many-rulings");
    assertThat(rulings.field()).isEqualTo("PDF 第 1 页");
    ImportProblem columns = refusedOnce("pdf-columns.pdf", HostilePdfs.make("pdf-columns", 0));
    assertThat(columns.kind()).isEqualTo("pdf-too-many-columns");
    assertThat(columns.field()).isEqualTo("PDF 第 1 页");
    assertThat(columns.message()).contains("220 columns, at most 200");
  }

  /**
   * A text within the reader's limits (1.5 MB, 20,300 lines) whose 支出总表 prints 20,200 rows more:
   * each a line to solve for, past the solver's limit of 20,000 unknowns (the corpus needs 1,101).
   * Refused at the row that crosses it, naming the tables whose rows and units make the unknowns,
   * before the margins or the LP are built, and nothing written.
   */
  @Test
  void aDocumentOfMoreUnknownsThanTheSolverTakesIsRefusedNamingItsTables() throws IOException {
    String text = HostileTexts.manyExpenditureRows(SeedImportContract.seed(DISTRICT), 20_200);
    assertThat(text.lines().count()).isLessThan(ImportLimits.MAX_LINES);
    ImportProblem p = refusedOnce("unknowns.txt", utf8(text));
    assertThat(p.kind()).isEqualTo("too-many-unknowns");
    assertThat(p.field()).isEqualTo("预算03表 支出总表 / 人员经费");
    // the copied row (line 105, 2080501) is paid by two units of 一般公共预算支出表: two unknowns a
    // row, 20,002 at the 10,000th row added
    assertThat(p.detail())
        .isEqualTo(
            "第 10105 行，预算03表 支出总表 / 人员经费：支出总表各行 × 一般公共预算支出表所列单位 共有 20002 个需推算的明细行，"
                + "超过上限 20000 个；未导入任何内容");
  }

  @Test
  void nulBytesAreRefusedWithLineAndColumn() throws IOException {
    String seed = SeedImportContract.seed(DISTRICT);
    int third = seed.indexOf('\n', seed.indexOf('\n') + 1) + 1;
    ImportProblem p =
        refusedOnce(
            "nul.txt", utf8(seed.substring(0, third + 2) + "\u0000" + seed.substring(third + 2)));
    assertThat(p.lineNo()).isEqualTo(3);
    assertThat(p.message()).contains("U+0000 at column 3");
  }

  @Test
  void gbkAndUtf16FilesAreReadAsTheirUtf8Original(@TempDir Path dir) throws IOException {
    String seed = SeedImportContract.seed(MUNICIPAL);
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, seed.getBytes(Charset.forName("GBK")));
    Path utf16 = dir.resolve("utf16.txt");
    byte[] body = seed.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(utf16, withBom);
    for (Path file : List.of(gbk, utf16)) {
      ImportReport report = importer.importFile(file, TESTER);
      assertThat(report.status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
    }
    Path utf16be = dir.resolve("utf16be.txt");
    Files.write(utf16be, seed.getBytes(StandardCharsets.UTF_16BE));
    ImportReport report = importer.importFile(utf16be, TESTER);
    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(report.problems().get(0).toString()).startsWith("utf16be.txt");
    assertThat(report.problems().get(0).field()).isIn("编码", "行");
  }

  @Test
  void bytesThatAreNoTextAreRefusedNamingTheEncoding() {
    ImportProblem p = refusedOnce("binary.txt", new byte[] {(byte) 0x81, (byte) 0xFF, 0x30});
    assertThat(p.field()).isEqualTo("编码");
    assertThat(p.kind()).isEqualTo("encoding-unknown");
    assertThat(p.message()).contains("neither UTF-8 nor GB18030");
  }

  @Test
  void threeHundredMutatedSeedsCrashNothingAndWriteNothingWhenRefused() throws IOException {
    DocumentMutator mutator =
        new DocumentMutator(
            List.of(DISTRICT, MUNICIPAL),
            List.of(SeedImportContract.seed(DISTRICT), SeedImportContract.seed(MUNICIPAL)),
            13);
    FuzzTally tally = new DocumentFuzzer(importer, this::storeRows).run(mutator::next, 300);
    System.out.println("fuzz: " + tally.summary());
    assertThat(tally.tried()).isEqualTo(300);
    assertThat(tally.crashes()).isEmpty();
    assertThat(tally.partialWrites()).isEmpty();
    assertThat(tally.refusedWithoutPlace()).isEmpty();
    assertThat(tally.refusedWithPlace()).isGreaterThan(200);
  }
}
