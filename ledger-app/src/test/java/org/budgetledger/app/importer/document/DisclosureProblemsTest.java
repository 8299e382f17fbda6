package org.budgetledger.app.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.DisclosureFormat;
import org.junit.jupiter.api.Test;

/** Modified copies of the seeds: what the parser cannot read is a problem, never a guess. */
class DisclosureProblemsTest {
  private final DisclosureDocumentParser parser = new DisclosureDocumentParser();

  @Test
  void corruptedAmountIsAProblemNamingLineAndColumnAndIsNotRead() {
    String text =
        replaceOnLine(
            DisclosureSeeds.text(DisclosureSeeds.DISTRICT), 112, "\t404.14\t", "\t4O4.14\t");
    ParseResult result = parser.parse("corrupt.txt", text);
    assertThat(result.isClean()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fileName()).isEqualTo("corrupt.txt");
              assertThat(p.lineNo()).isEqualTo(112);
              assertThat(p.field()).isEqualTo("预算03表 支出总表 / 合计");
              assertThat(p.lineText()).contains("4O4.14");
              assertThat(p.message()).contains("4O4.14");
            });
    ExpenditureSummaryRow row =
        result.document().expenditureSummary().rows().stream()
            .filter(r -> r.lineNo() == 112)
            .findFirst()
            .orElseThrow();
    assertThat(row.total()).isNull();
    assertThat(row.basic().text()).isEqualTo("404.14");
  }

  /** Issue 13 item 4: a corrupted figure in 表12 was taken as the goal text and nothing said. */
  @Test
  void corruptedProjectAmountsAreRefusedWholeNamingTheLine() {
    for (String corrupted : List.of("76.43633B", "7I.436338", "76.4I6338")) {
      String text =
          replaceOnLine(
              DisclosureSeeds.text(DisclosureSeeds.MUNICIPAL),
              314,
              "\t76.436338\t",
              "\t" + corrupted + "\t");
      ParseResult result = parser.parse("municipal.txt", text);
      assertThat(result.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.lineNo()).isEqualTo(314);
                assertThat(p.field()).contains("项目总额");
                assertThat(p.message()).contains(corrupted);
              });
      assertThat(result.document().projectPerformance().groups().get(0).goal())
          .startsWith("以提升北京市医保服务质量为核心");
    }
  }

  @Test
  void misplacedSeparatorsAreAProblem() {
    String text =
        replaceOnLine(DisclosureSeeds.text(DisclosureSeeds.MUNICIPAL), 265, "567.936205", "1,2,3");
    ParseResult result = parser.parse("municipal.txt", text);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.lineNo()).isEqualTo(265);
              assertThat(p.field()).isEqualTo("预算10表 政府采购预算明细表 / 金额");
            });
    assertThat(result.document().procurement().rows().get(0).amount()).isNull();
  }

  @Test
  void missingTableIsNamedWithItsNumberInTheDocumentsFormat() {
    String text = DisclosureSeeds.text(DisclosureSeeds.DISTRICT);
    int start = text.indexOf("5.2026 年部门（单位）财政拨款收支预算总表");
    int end = text.indexOf("6.2026 年部门（单位）一般公共预算财政拨款支出表");
    ParseResult result = parser.parse("no-05.txt", text.substring(0, start) + text.substring(end));
    assertThat(result.problems())
        .extracting(ParseProblem::message)
        .containsExactly("预算05表 财政拨款收支总表 not found");
    assertThat(result.document().fiscalAppropriationSummary()).isNull();
    assertThat(result.document().header().format()).isEqualTo(DisclosureFormat.DISTRICT);
    assertThat(result.document().generalBudgetExpenditure().rows()).hasSize(23);
  }

  @Test
  void unrecognisedLinesInsideMoneyTablesAreProblems() {
    String text =
        insertAfterLine(
            DisclosureSeeds.text(DisclosureSeeds.DISTRICT),
            112,
            "2101501 行政运行 30101 基本工资 404.14",
            "2101501行政运行\t50101-工资奖金津补贴\t30101-基本工资\t1.00\t1.00\t\t\t\t");
    ParseResult result = parser.parse("rows.txt", text);
    assertThat(result.problems())
        .extracting(ParseProblem::lineNo, ParseProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(113, "预算03表 支出总表"),
            org.assertj.core.groups.Tuple.tuple(114, "预算03表 支出总表 / 支出功能分类科目"));
    assertThat(result.document().expenditureSummary().rows()).hasSize(34);
  }

  @Test
  void performanceRowThatIsNeitherProjectNorIndicatorIsAProblem() {
    String text =
        insertAfterLine(
            DisclosureSeeds.text(DisclosureSeeds.MUNICIPAL), 330, "\t\t\t\t\t一些文字\t12\t份");
    ParseResult result = parser.parse("perf.txt", text);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.lineNo()).isEqualTo(331);
              assertThat(p.field()).startsWith("预算12表 项目支出绩效表");
            });
  }

  private static String replaceOnLine(String text, int lineNo, String from, String to) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    String line = lines.get(lineNo - 1);
    assertThat(line).contains(from);
    lines.set(lineNo - 1, line.replaceFirst(java.util.regex.Pattern.quote(from), to));
    return String.join("\n", lines);
  }

  private static String insertAfterLine(String text, int lineNo, String... inserted) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.addAll(lineNo, List.of(inserted));
    return String.join("\n", lines);
  }
}
