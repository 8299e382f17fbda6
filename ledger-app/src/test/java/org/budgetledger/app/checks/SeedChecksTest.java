package org.budgetledger.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.checks.CheckKind;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.DocumentChecks;
import org.budgetledger.projections.checks.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The auditor's checks on the two seeds as published, and on the district seed with one planted
 * error each (the seed's own sentence or row, changed as an author's slip would change it).
 */
class SeedChecksTest {
  static final Path DISTRICT =
      Path.of("../seeds/2026-dongcheng-district-healthcare-security-bureau.txt");
  static final Path MUNICIPAL =
      Path.of("../seeds/2026-beijing-municipal-healthcare-security-bureau.txt");
  static final DocumentChecks CHECKS = DocumentChecks.standard();

  static CheckReport check(Path file) {
    return CHECKS.run(DocumentSources.read(file));
  }

  /** The district seed with {@code from} replaced by {@code to} (which must occur). */
  static CheckReport planted(String from, String to) throws IOException {
    String text = Files.readString(DISTRICT, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return CHECKS.run(DocumentSources.text("planted.txt", text.replace(from, to), null));
  }

  static List<Finding> find(CheckReport report, CheckKind kind, CheckStatus status) {
    return report.findings().stream()
        .filter(f -> f.kind() == kind && f.status() == status)
        .toList();
  }

  static List<Finding> find(CheckReport report, Predicate<Finding> which) {
    return report.findings().stream().filter(which).toList();
  }

  @Nested
  class AsPublished {
    @Test
    void theDistrictSeedHasNoFailAndItsRoundingIsNamed() {
      CheckReport report = check(DISTRICT);
      assertThat(report.count(CheckStatus.FAIL)).isZero();
      Finding rows = find(report, f -> f.rule().startsWith("支出总表 各行之和 = 合计行（")).get(0);
      // The rule names the row and column by their printed labels, no internal key.
      assertThat(rows.rule()).doesNotContain("total");
      assertThat(rows.status()).isEqualTo(CheckStatus.ROUNDING);
      assertThat(rows.difference()).isEqualTo(Fen.of(-10_000));
      assertThat(rows.toleranceFen()).isEqualTo(34 * 5_000);
      assertThat(rows.place().lineNo()).isEqualTo(139);
    }

    @Test
    void theMunicipalSeedFailsExactlyWhereItsRowsMissTheirTotal() {
      CheckReport report = check(MUNICIPAL);
      List<Finding> fails = find(report, f -> f.status() == CheckStatus.FAIL);
      assertThat(fails)
          .hasSize(6)
          .allSatisfy(f -> assertThat(f.difference().abs()).isEqualTo(Fen.of(81_779_000_000L)));
      Finding rows = find(report, f -> f.rule().startsWith("支出总表 各行之和 = 合计行（")).get(0);
      assertThat(rows.figures().get(0).amount()).isEqualTo(Fen.of(110_896_619_602L));
      assertThat(rows.kind()).isEqualTo(CheckKind.HIERARCHY);
    }
  }

  @Nested
  class Identities {
    @Test
    void theThreePublicTableEqualsThe302LinesItComesFrom() {
      CheckReport report = check(MUNICIPAL);
      List<Finding> lines = find(report, f -> f.rule().endsWith("= 支出总表 对应经济科目之和"));
      assertThat(lines)
          .hasSize(4)
          .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
      Finding reception = find(report, f -> f.rule().startsWith("“三公”经费 公务接待费")).get(0);
      assertThat(reception.figures())
          .extracting(c -> c.amount().value())
          .containsExactly(1_920_000L, 1_920_000L);
    }

    @Test
    void withOnlyFiscalMoneyTheTwoSummariesAreEqual() {
      Finding f = find(check(DISTRICT), x -> x.rule().startsWith("收支总表 收入总计 = 财政拨款收支总表")).get(0);
      assertThat(f.status()).isEqualTo(CheckStatus.PASS);
      assertThat(f.rule()).contains("无非财政拨款资金");
    }

    @Test
    void runningCostsEqualTheBasicTablesPublicCosts() {
      Finding f = find(check(DISTRICT), x -> x.rule().equals("机关运行经费与公用经费")).get(0);
      assertThat(f.status()).isEqualTo(CheckStatus.PASS);
      assertThat(f.figures())
          .extracting(c -> c.amount().value())
          .containsExactly(147_450_000L, 147_450_000L);
    }
  }

  @Nested
  class TextAgainstTables {
    @Test
    void everyQuotedAmountMeetsItsTableFigure() {
      List<Finding> text = find(check(DISTRICT), f -> f.rule().equals("文字金额与表格一致"));
      assertThat(text)
          .hasSize(17)
          .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void aListOfRoundedItemsMissesItsTotalByRoundingOnly() {
      Finding list =
          find(check(DISTRICT), f -> f.rule().equals("列举各项之和等于总数") && f.place().lineNo() == 481)
              .get(0);
      assertThat(list.status()).isEqualTo(CheckStatus.ROUNDING);
      assertThat(list.difference()).isEqualTo(Fen.of(-10_000));
    }

    @Test
    void aWrongAmountInTheTextFails() throws IOException {
      CheckReport report = planted("社会保障和就业支出 341.02 万元", "社会保障和就业支出 314.02 万元");
      Finding f =
          find(report, x -> x.rule().equals("文字金额与表格一致") && x.status() == CheckStatus.FAIL).get(0);
      assertThat(f.difference()).isEqualTo(Fen.of(-27_000_000L));
      assertThat(f.place().lineNo()).isEqualTo(485);
      assertThat(f.message()).contains("314.02", "预算05表");
    }

    @Test
    void aClassTheTableHasButTheListLeavesOutFails() throws IOException {
      CheckReport report = planted("、住房保障支出 444.74 万元。", "。");
      Finding f =
          find(report, x -> x.rule().equals("列举无遗漏") && x.status() == CheckStatus.FAIL).get(0);
      assertThat(f.message()).contains("住房保障支出 444.74 万元");
    }
  }

  @Nested
  class Changes {
    @Test
    void changesAndSharesRecomputeFromTheQuotedFigures() {
      CheckReport report = check(DISTRICT);
      assertThat(find(report, CheckKind.CHANGE, CheckStatus.PASS)).hasSize(15);
      assertThat(find(report, f -> f.kind() == CheckKind.CHANGE && f.status() != CheckStatus.PASS))
          .isEmpty();
    }

    @Test
    void aWrongDirectionAndAWrongRateFail() throws IOException {
      CheckReport report =
          planted(
              "37,402.11 万元增加 6,265.17 万元，增长 16.75%。主要原因是：业务经费发生变化。其中：一般",
              "37,402.11 万元减少 6,265.17 万元，增长 16.57%。主要原因是：业务经费发生变化。其中：一般");
      assertThat(find(report, f -> f.rule().equals("增减方向") && f.status() == CheckStatus.FAIL))
          .hasSize(1);
      assertThat(find(report, f -> f.rule().equals("增减率重算") && f.status() == CheckStatus.FAIL))
          .hasSize(1);
    }
  }

  @Nested
  class Years {
    @Test
    void comparisonsNameThePreviousYear() {
      List<Finding> years = find(check(DISTRICT), f -> f.kind() == CheckKind.YEAR);
      assertThat(years)
          .hasSize(4)
          .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void aComparisonWithTheWrongYearFailsAndACitedDocumentIsNoComparison() throws IOException {
      CheckReport report =
          planted(
              "收入预算 43,667.28 万元，比 2025 年",
              "收入预算 43,667.28 万元（依据京财预〔2017〕89号，与2017年5月1日施行的条例），比 2024 年");
      List<Finding> years = find(report, f -> f.kind() == CheckKind.YEAR);
      assertThat(years).hasSize(4);
      assertThat(find(report, CheckKind.YEAR, CheckStatus.FAIL))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("2024"));
    }
  }

  @Nested
  class Codes {
    @Test
    void everyCodeOfTheDistrictSeedIsInTheYearsCatalogue() {
      CheckReport report = check(DISTRICT);
      assertThat(find(report, f -> f.kind() == CheckKind.CODE && f.status() != CheckStatus.PASS))
          .isEmpty();
      assertThat(find(report, CheckKind.CODE, CheckStatus.PASS)).hasSize(3);
    }

    @Test
    void aLocalSubCodeIsNotStandard() {
      List<Finding> warns = find(check(MUNICIPAL), CheckKind.CODE, CheckStatus.WARN);
      assertThat(warns).hasSize(8).allSatisfy(f -> assertThat(f.rule()).isEqualTo("部门经济分类为国家标准科目"));
      assertThat(warns.get(0).message()).contains("3021101-差旅费", "30211");
    }

    @Test
    void aClassNameRetiredIn2019Fails() throws IOException {
      CheckReport report = planted("4.卫生健康支出（类）", "4.医疗卫生与计划生育支出（类）");
      assertThat(find(report, CheckKind.CODE, CheckStatus.FAIL))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("2018 年及以前", "卫生健康支出"));
    }
  }

  @Nested
  class Form {
    @Test
    void theDepartmentsTextSaying本单位IsAWordingMatter() {
      List<Finding> warns = find(check(DISTRICT), CheckKind.FORM, CheckStatus.WARN);
      assertThat(warns).extracting(f -> f.place().lineNo()).containsExactly(487, 489);
    }

    @Test
    void emptyTablesCarryTheirNote() {
      assertThat(find(check(DISTRICT), f -> f.rule().equals("空表附说明")))
          .hasSize(3)
          .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
      assertThat(find(check(MUNICIPAL), f -> f.rule().equals("空表附说明")))
          .hasSize(2)
          .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.WARN));
    }

    @Test
    void anUnfinishedSentenceAndDoubledPunctuationAreFound() throws IOException {
      CheckReport report = planted("主要原因是：业务经费发生变化。其中：基本支出", "主要原因是。。其中：基本支出");
      assertThat(find(report, f -> f.rule().equals("句子完整")))
          .singleElement()
          .satisfies(f -> assertThat(f.status()).isEqualTo(CheckStatus.FAIL));
      assertThat(find(report, f -> f.rule().equals("标点不重复"))).isNotEmpty();
    }
  }
}
