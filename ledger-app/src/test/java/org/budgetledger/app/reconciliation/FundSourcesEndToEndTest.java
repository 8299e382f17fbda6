package org.budgetledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 北京市商务局 2026 (corpus beijing13-2026-482a23e1.pdf, its tables transcribed from the pages into the
 * text format): 一般公共预算, 政府性基金, 财政专户, 事业收入, 其他收入 and 上年结转 by source, imported, rebuilt from events
 * and reconciled cell by cell.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:fundsources;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class FundSourcesEndToEndTest {
  static final String FILE = "2026-beijing-commerce-bureau.txt";
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void everyPublishedCellOfEverySourceIsRebuiltExactly() throws IOException {
    ImportReport imported =
        importer.importText(
            FILE,
            Files.readString(Path.of("src/test/resources/fundsources", FILE)),
            Actor.of("tester"));
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.notes())
        .anyMatch(n -> n.startsWith("非财政拨款资金 1,212.494272 万元"))
        .anyMatch(n -> n.startsWith("年终结转结余 12.230000 万元"));
    ReconciliationReport r =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
    CellComparisonResult cells = r.comparison();
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(1_988);
    for (CellStatus s : CellStatus.values()) {
      if (s != CellStatus.EXACT) {
        assertThat(cells.findings(s)).as(s.name()).isEmpty();
      }
    }
    assertThat(r.rebuiltRules())
        .allSatisfy(
            rule -> assertThat(rule.status()).as(rule.statement()).isEqualTo(RuleStatus.PASS));
    assertThat(r.publishedRules())
        .allSatisfy(
            rule -> assertThat(rule.status()).as(rule.statement()).isEqualTo(RuleStatus.PASS));
    assertThat(
            ReconciliationEndToEndTest.tally(cells, TableKind.GOVERNMENT_FUND_EXPENDITURE)
                .count(CellStatus.EXACT))
        .isEqualTo(6);
  }
}
