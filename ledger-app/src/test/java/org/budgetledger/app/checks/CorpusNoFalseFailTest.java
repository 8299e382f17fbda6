package org.budgetledger.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.DocumentChecks;
import org.budgetledger.projections.checks.Finding;
import org.junit.jupiter.api.Test;

/**
 * Every corpus PDF, its tables read through its family's profile where one maps: the only FAILs are
 * the documents' own errors, read against the PDF (README, "Every FAIL was read against the
 * document"); where a rule cannot decide, it says WARN and why.
 */
class CorpusNoFalseFailTest {
  /** The FAILs each document has, by rule; every other document has none. */
  static final Map<String, List<String>> DOCUMENTS_OWN =
      Map.of(
          "beijing13-2026-2eda0861.pdf",
          List.of(
              "一般公共预算支出表 各行之和 = 合计行（合计）",
              "一般公共预算支出表 各行之和 = 合计行（扣除基建项目后预算数）",
              "一般公共预算支出表 各行之和 = 合计行（项目支出总数）",
              "支出总表 210 类各行之和 = 收支总表 该类支出",
              "支出总表 各行之和 = 合计行（合计）",
              "支出总表 各行之和 = 合计行（项目支出）"),
          "central-mof-2026-a926cacd.pdf",
          List.of("列举各项之和等于总数", "增减率重算", "科目名称为当年名称"),
          "jiangsu-2019-d64c3b59.pdf",
          List.of("增减率重算", "科目名称为当年名称"));

  @Test
  void theOnlyFailuresAreTheDocumentsOwn() throws IOException {
    List<Path> pdfs;
    try (var files = Files.list(CorpusTextChecksTest.PDF)) {
      pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(pdfs).hasSize(18);
    SoftAssertions soft = new SoftAssertions();
    for (Path pdf : pdfs) {
      CheckReport report = DocumentChecks.standard().run(DocumentSources.read(pdf));
      String name = pdf.getFileName().toString();
      soft.assertThat(
              report.findings().stream()
                  .filter(f -> f.status() == CheckStatus.FAIL)
                  .map(Finding::rule)
                  .sorted()
                  .toList())
          .as(name)
          .isEqualTo(DOCUMENTS_OWN.getOrDefault(name, List.of()));
    }
    soft.assertAll();
  }
}
