package org.budgetledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The product's proof: import each seed, rebuild every table from events, reconcile. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class ReconciliationEndToEndTest {
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  ReconciliationReport importAndReconcile(String file) throws IOException {
    ImportReport imported =
        importer.importText(
            file, Files.readString(Path.of("..", "seeds", file)), Actor.of("tester"));
    assertThat(imported.problems()).isEmpty();
    ReconciliationReport report =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
    return report;
  }

  @Test
  void districtEveryPublishedCellIsRebuiltExactlyOrWithinRounding() throws IOException {
    ReconciliationReport r =
        importAndReconcile("2026-dongcheng-district-healthcare-security-bureau.txt");
    CellComparisonResult cells = r.comparison();
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_PUBLISHED)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
    assertThat(cells.count(CellStatus.EXACT)).isGreaterThan(1_000);
    assertThat(cells.findings(CellStatus.WITHIN_ROUNDING))
        .allSatisfy(
            f -> assertThat(f.rebuilt().formatWan(2)).isEqualTo(f.published().formatWan(2)));
    // every indicator row of 12 and 13 is rebuilt with the same text and values
    for (TableKind kind :
        new TableKind[] {TableKind.PROJECT_PERFORMANCE, TableKind.DEPARTMENT_PERFORMANCE}) {
      TableTally t = tally(cells, kind);
      assertThat(t.count(CellStatus.EXACT)).isPositive();
      assertThat(t.counts().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(t.count(CellStatus.EXACT));
    }
    assertThat(r.rebuiltRules())
        .allSatisfy(
            rule -> assertThat(rule.status()).as(rule.statement()).isEqualTo(RuleStatus.PASS));
    assertThat(r.publishedRules()).noneMatch(rule -> rule.status() == RuleStatus.FAIL);
    assertThat(r.publishedRules()).anyMatch(rule -> rule.status() == RuleStatus.ROUNDING);
  }

  @Test
  void municipalIsExactExceptTheRowsTheTextLost() throws IOException {
    ReconciliationReport r =
        importAndReconcile("2026-beijing-municipal-healthcare-security-bureau.txt");
    CellComparisonResult cells = r.comparison();
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
    Fen gap = Fen.parseWan("81,779.000000");
    assertThat(cells.findings(CellStatus.NOT_IN_PUBLISHED))
        .hasSize(5)
        .allSatisfy(
            f -> {
              assertThat(f.rebuilt()).isEqualTo(gap);
              assertThat(f.rowKey()).contains("210");
            });
    assertThat(r.rebuiltRules())
        .allSatisfy(
            rule -> assertThat(rule.status()).as(rule.statement()).isEqualTo(RuleStatus.PASS));
    assertThat(r.publishedRules())
        .filteredOn(rule -> rule.status() == RuleStatus.FAIL)
        .isNotEmpty()
        .allSatisfy(rule -> assertThat(rule.difference().abs()).isEqualTo(gap));
  }

  static TableTally tally(CellComparisonResult cells, TableKind kind) {
    return cells.tallies().stream().filter(t -> t.table() == kind).findFirst().orElseThrow();
  }
}
