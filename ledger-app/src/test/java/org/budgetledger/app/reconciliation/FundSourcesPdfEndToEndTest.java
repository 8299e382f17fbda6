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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 北京市商务局 2026 imported from its published PDF, every fund source in it, and reconciled. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:fundsourcespdf;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class FundSourcesPdfEndToEndTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/beijing13-2026-482a23e1.pdf");
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void thePdfImportsEverySourceAndReconciles() throws IOException {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.spendingLegs()).isEqualTo(527);
    assertThat(imported.incomeLegs()).isEqualTo(8);
    assertThat(imported.notes())
        .anyMatch(
            n ->
                n.startsWith(
                    "支出按资金来源：一般公共预算"
                        + " 138,649.635419 万元，政府性基金预算 148,541.990021 万元，非财政拨款资金 1,212.494272 万元"))
        .anyMatch(n -> n.startsWith("年终结转结余 12.230000 万元"));
    ReconciliationReport r =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
    CellComparisonResult cells = r.comparison();
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(4_577);
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
  }
}
