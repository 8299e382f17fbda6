package org.budgetledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.reconciliation.SmallTables.exact;
import static org.budgetledger.projections.reconciliation.SmallTables.printed;
import static org.budgetledger.projections.reconciliation.SmallTables.row;
import static org.budgetledger.projections.reconciliation.SmallTables.table;

import java.util.List;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report's rules on a small 支出总表, its JSON (records as they stand) and its text. */
class ReconciliationReportTest {
  private static final TableKind ES = TableKind.EXPENDITURE_SUMMARY;

  private final TableSet published =
      SmallTables.published(
          List.of(),
          table(
              ES,
              row("2101501|50101|30101", RowType.DETAIL, printed("total", "10.00", 11)),
              row("2101501|50101|30102", RowType.DETAIL, printed("total", "10.00", 12)),
              row("total", RowType.TOTAL, printed("total", "20.01", 13))));
  private final TableSet rebuilt =
      SmallTables.rebuilt(
          table(
              ES,
              row("2101501|50101|30101", RowType.DETAIL, exact("total", "10.004")),
              row("2101501|50101|30102", RowType.DETAIL, exact("total", "10.004")),
              row("total", RowType.TOTAL, exact("total", "20.008"))));
  private final ReconciliationReport report =
      ReconciliationReport.of("2026-201", "seed.txt", "abc", "as of latest", published, rebuilt);

  @Test
  void rulesJudgeRoundingOnPrintedFiguresAndNoneOnExactOnes() {
    RuleCheck printedRows = report.publishedRules().get(0);
    assertThat(printedRows.statement()).isEqualTo("支出总表 各行之和 = 合计行（total）");
    assertThat(printedRows.status()).isEqualTo(RuleStatus.ROUNDING);
    assertThat(printedRows.difference().value()).isEqualTo(10_000L);
    assertThat(printedRows.roundedTerms()).isEqualTo(2);
    assertThat(printedRows.toleranceFen()).isEqualTo(10_000L);
    assertThat(report.rebuiltRules().get(0).status()).isEqualTo(RuleStatus.PASS);
    assertThat(report.comparison().findings())
        .extracting(CellFinding::status)
        .containsOnly(CellStatus.WITHIN_ROUNDING)
        .hasSize(3);
  }

  @Test
  void serialisesToJsonWithFenAsNumbers() {
    JsonNode json = JsonMapper.builder().build().valueToTree(report);
    assertThat(json.get("budgetId").asString()).isEqualTo("2026-201");
    assertThat(json.get("format").asString()).isEqualTo("DISTRICT");
    assertThat(json.get("unit").asString()).isEqualTo("万元");
    JsonNode finding = json.get("comparison").get("findings").get(2);
    assertThat(finding.get("status").asString()).isEqualTo("WITHIN_ROUNDING");
    assertThat(finding.get("published").asLong()).isEqualTo(20_010_000L);
    assertThat(finding.get("rebuilt").asLong()).isEqualTo(20_008_000L);
    assertThat(finding.get("lineNo").asInt()).isEqualTo(13);
    assertThat(
            json.get("comparison")
                .get("tallies")
                .get(0)
                .get("counts")
                .get("WITHIN_ROUNDING")
                .asInt())
        .isEqualTo(3);
    assertThat(json.get("publishedRules").get(0).get("status").asString()).isEqualTo("ROUNDING");
  }

  @Test
  void rendersChineseTextWithBothFiguresAndTheLine() {
    String text = ReportText.render(report);
    assertThat(text)
        .contains("勾稽核对报告  预算 2026-201")
        .contains("预算03表 支出总表：一致 0  舍入差异 3")
        .contains("公开：20.01（第 13 行）；账本：20.008000；差额 0.002000")
        .contains(
            "规则3 [舍入差异] 支出总表 各行之和 = 合计行（total）：20.01 对 20.00，差额 0.010000" + "（2 个舍入数，容差 0.010000）");
  }

  @Test
  void aDocumentInYuanPrintsItsRulesSidesDifferenceAndToleranceInYuanToTheFen() {
    ReconciliationReport inYuan =
        new ReconciliationReport(
            report.budgetId(),
            report.documentFile(),
            report.contentHash(),
            report.format(),
            report.decimals(),
            report.pointInTime(),
            report.comparison(),
            report.publishedRules(),
            report.rebuiltRules(),
            MoneyUnit.YUAN);
    String text = ReportText.render(inYuan);
    assertThat(text)
        .contains("金额单位：元\n")
        .contains(
            "规则3 [舍入差异] 支出总表 各行之和 = 合计行（total）：200,100.00 对 200,000.00，差额 100.00"
                + "（2 个舍入数，容差 100.00）")
        // a cell of a table in 万元 says so where the document is in 元
        .contains("公开：20.01（第 13 行）；账本：20.008000；差额 0.002000；金额单位：万元");
  }
}
