package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 烟台 2026's 公开表11 项目支出预算情况表 (p.27-37: 项目名称, 项目类别 × 合计 / 财政拨款 (小计, 一般公共预算, 政府性基金预算, 国有资本经营预算) /
 * 财政专户管理资金 / 单位资金 / 使用非财政拨款结余 / 上年结转) read as the canonical 项目支出表: its 合计 row compared with the
 * ledger's project lines by fund source, each project checked against its sources and the projects
 * against the 合计 and the other tables' 项目支出.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:yantai-projects;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class YantaiProjectTableTest {
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void readsItsProjectTableAndComparesItsTotalsWithTheLedger() throws IOException {
    ImportReport imported =
        importer.importBytes(
            YantaiPdfImportTest.PDF.getFileName().toString(),
            Files.readAllBytes(YantaiPdfImportTest.PDF),
            Actor.of("tester"));
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    ReconciliationReport report =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
    CellComparisonResult cells = report.comparison();
    String budget = imported.budgetId();
    TableKind t = TableKind.PROJECT_EXPENDITURE;

    // p.27 合计: 133,705.19 = 财政拨款 51,908.37 (49,549.69 + 2,358.68) + 财政专户 62,466.06 + 单位资金 19,330.76
    assertThat(ComparedCells.printed(documents, budget, t, "total", "total").amount())
        .isEqualTo(Fen.parseWan("133705.19"));
    assertThat(ComparedCells.printed(documents, budget, t, "total", "unitFunds").amount())
        .isEqualTo(Fen.parseWan("19330.76"));
    // p.27 the first project, 实施公车统管 45.00 of 一般公共预算
    assertThat(
            ComparedCells.printed(documents, budget, t, "project:|实施公车统管", "GENERAL_BUDGET")
                .amount())
        .isEqualTo(Fen.parseWan("45.00"));
    // p.37 the last, 生均公用经费 111.00; its name is printed before (p.27 …, 非三保): the second is #2
    assertThat(
            ComparedCells.printed(documents, budget, t, "project:|生均公用经费（非三保）#2", "total").amount())
        .isEqualTo(Fen.parseWan("517.95"));

    // the 合计 row's 合计 and fiscal columns come back from the ledger's project lines (133,705.19 and
    // the
    // 一般公共预算 49,549.69 within rounding: the lines are solved within their printed figures'
    // rounding;
    // 政府性基金 2,358.68 exact); 财政专户 and 单位资金 are held as 非财政拨款资金 (no table says which source
    // pays which line) and not compared, nor is any project row: the ledger holds projects' money
    // by
    // line, not by project
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == t)
        .extracting(f -> f.rowKey() + " " + f.columnKey() + " " + f.status())
        .containsExactlyInAnyOrder(
            "total total WITHIN_ROUNDING",
            "total fiscal WITHIN_ROUNDING",
            "total GENERAL_BUDGET WITHIN_ROUNDING");
    assertThat(ComparedCells.status(cells, t, "total", "GOVERNMENT_FUND"))
        .isEqualTo(CellStatus.EXACT);

    // the real check: each project's 合计 is its sources, the projects add up to the 合计, and that is
    // 支出总表's and 一般公共预算支出表's 项目支出
    assertThat(report.publishedRules())
        .filteredOn(r -> r.statement().startsWith("项目支出表"))
        .hasSizeGreaterThanOrEqualTo(12)
        .allSatisfy(r -> assertThat(r.status()).as(r.statement()).isEqualTo(RuleStatus.PASS))
        .extracting(RuleCheck::statement)
        .contains(
            "项目支出表 合计行（合计） = 支出总表 合计行（项目支出）",
            "项目支出表 合计行（一般公共预算） = 一般公共预算支出表 合计行（项目支出）",
            "项目支出表 各项目之和 = 合计行（单位资金）");
  }
}
