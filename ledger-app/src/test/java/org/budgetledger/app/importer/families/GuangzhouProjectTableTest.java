package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 广州市民政局 2026's 表12 部门预算项目支出及其他支出预算表 (p.27-70): a row naming each unit (its projects' subtotal),
 * then its projects, × 总计 / 财政拨款 (合计, three funds) / 财政专户拨款 / 其他资金. Read as unit blocks by their
 * sums, not by names; its 合计 row compared with the ledger.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:guangzhou-projects;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class GuangzhouProjectTableTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/guangzhou-2026-c04460f2.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void readsItsUnitsAndProjectsAndComparesTheTotalRow() throws IOException {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    String budget = imported.budgetId();
    TableKind t = TableKind.PROJECT_EXPENDITURE;

    // p.27: 广州市民政局 6,396.51 (3,348.51 一般公共预算 + 3,048.00 政府性基金) heads its projects
    assertThat(ComparedCells.printed(documents, budget, t, "unit:广州市民政局", "total").amount())
        .isEqualTo(Fen.parseWan("6396.51"));
    assertThat(
            ComparedCells.printed(
                    documents, budget, t, "project:广州市民政局|机构综合业务运行经费", "GENERAL_BUDGET")
                .amount())
        .isEqualTo(Fen.parseWan("178.91"));
    // 其他资金 is the 单位资金 column: 58,948.84 in the 合计 row
    assertThat(ComparedCells.printed(documents, budget, t, "total", "unitFunds").amount())
        .isEqualTo(Fen.parseWan("58948.84"));

    ReconciliationReport report = reconciliation.reconcileAsImported(BudgetId.parse(budget)).get(0);
    // the 合计 row's 合计, 财政拨款, 一般公共预算 and 政府性基金 come back within rounding (the project lines are
    // solved within their printed figures' rounding); since s12-projects every project row comes
    // back
    // EXACT from its allocations, and a unit's row is the sum of its projects, within rounding
    // where
    // the printed subtotal is not their exact sum
    assertThat(report.comparison().findings())
        .filteredOn(f -> f.table() == t)
        .extracting(f -> f.rowKey() + " " + f.columnKey() + " " + f.status())
        .contains("total GOVERNMENT_FUND WITHIN_ROUNDING", "unit:广州市民政局 total WITHIN_ROUNDING")
        .allSatisfy(
            f ->
                assertThat(f)
                    .matches(k -> k.startsWith("total ") || k.startsWith("unit:"))
                    .endsWith(" WITHIN_ROUNDING"));
    // the projects add up to the 合计 row within rounding (131,495.92 summed, 131,495.88 printed),
    // and
    // that row is 支出总表's 项目支出 and 表5's 一般公共预算 项目支出
    assertThat(report.publishedRules())
        .filteredOn(r -> r.statement().startsWith("项目支出表"))
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(r -> assertThat(r.status()).isIn(RuleStatus.PASS, RuleStatus.ROUNDING));
  }
}
