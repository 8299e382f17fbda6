package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.ProjectAllocation;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Projects in the ledger: a printed 项目支出表's projects are recorded as allocations (unit × project ×
 * fund source, as printed, on no line), the rebuilt table's project rows come from them and from
 * every later entry naming the project, and are compared cell for cell; the rebuilt table's
 * "projects = 合计" checks the allocations against the ledger's project lines.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:project-allocations;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class ProjectAllocationsPdfTest {
  private static final TableKind T = TableKind.PROJECT_EXPENDITURE;
  private static final Path CORPUS = Path.of("src/test/resources/corpus/pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;
  @Autowired BudgetViews views;
  @Autowired DisclosureTables tables;
  @Autowired LedgerCommands commands;

  private ImportReport imported(String file) throws IOException {
    ImportReport report =
        importer.importBytes(file, Files.readAllBytes(CORPUS.resolve(file)), Actor.of("tester"));
    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    return report;
  }

  private CellComparisonResult compared(ImportReport imported) {
    return reconciliation
        .reconcileAsImported(BudgetId.parse(imported.budgetId()))
        .get(0)
        .comparison();
  }

  @Test
  void yantaiProjectsComeBackFromTheirAllocations() throws IOException {
    ImportReport imported = imported("yantai-2026-8bfe1f02.pdf");
    String budget = imported.budgetId();
    BudgetView view = views.at(BudgetId.parse(budget), PointInTime.LATEST).orElseThrow();
    // p.27 the first project, 实施公车统管 45.00 of 一般公共预算: no unit printed, no function either; four
    // more projects print the same name further down, each a project of its own (#2 …)
    String first =
        view.projectAllocations().stream()
            .filter(a -> a.project().name().equals("实施公车统管"))
            .findFirst()
            .orElseThrow()
            .project()
            .code();
    assertThat(view.projectAllocations())
        .filteredOn(a -> a.project().code().equals(first))
        .extracting(ProjectAllocation::unitName, ProjectAllocation::fundSource, a -> a.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "", FundSource.GENERAL_BUDGET, Fen.parseWan("45.00")));
    CellComparisonResult cells = compared(imported);
    assertThat(
            ComparedCells.printed(documents, budget, T, "project:|实施公车统管", "GENERAL_BUDGET")
                .amount())
        .isEqualTo(Fen.parseWan("45.00"));
    assertThat(ComparedCells.status(cells, T, "project:|实施公车统管", "GENERAL_BUDGET"))
        .isEqualTo(CellStatus.EXACT);
    // p.37 the second 生均公用经费（非三保）, 517.95 in all
    assertThat(ComparedCells.status(cells, T, "project:|生均公用经费（非三保）#2", "total"))
        .isEqualTo(CellStatus.EXACT);
    // every project cell is compared now, none differs: the 合计 row's three as before
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == T)
        .extracting(f -> f.rowKey() + " " + f.columnKey() + " " + f.status())
        .containsExactlyInAnyOrder(
            "total total WITHIN_ROUNDING",
            "total fiscal WITHIN_ROUNDING",
            "total GENERAL_BUDGET WITHIN_ROUNDING");
    assertThat(tally(cells)).isEqualTo(EXPECTED_YANTAI_CELLS);
    // the rebuilt projects add up to the ledger's project lines within their printed rounding
    ReconciliationReport report = reconciliation.reconcileAsImported(BudgetId.parse(budget)).get(0);
    assertThat(report.rebuiltRules())
        .filteredOn(r -> r.statement().startsWith("项目支出表 各项目之和"))
        // 6 of 9 columns: 财政专户 and 单位资金 are 非财政拨款资金 on the lines, 使用非财政拨款结余 not recorded apart
        .hasSize(6)
        .allSatisfy(r -> assertThat(r.status()).as(r.statement()).isNotEqualTo(RuleStatus.FAIL))
        .extracting(RuleCheck::statement)
        .contains("项目支出表 各项目之和 = 合计行（一般公共预算）");
  }

  /**
   * Yantai 公开表11's compared cells (p.27-37), zeros included: 218 projects × 8 columns (使用非财政拨款结余 is
   * no source the ledger records apart) and the 合计 row's 6 (its 财政专户 and 单位资金 are 非财政拨款资金 on the
   * lines); before s12-projects the 合计 row's alone.
   */
  private static final int EXPECTED_YANTAI_CELLS = 1742;

  private static int tally(CellComparisonResult cells) {
    return cells.tallies().stream()
        .filter(t -> t.table() == T)
        .mapToInt(t -> t.counts().values().stream().mapToInt(Integer::intValue).sum())
        .sum();
  }

  @Test
  void anEntryNamingAProjectMovesItsRowFromItsEffectiveDate() throws IOException {
    // Hangzhou's 表10 prints the unit beside each project (p.32): 杭州市公安局 执法办案 3,304.88 一般公共预算
    ImportReport imported = imported("hangzhou-zhejiang-2026-c0afe4e6.pdf");
    BudgetId budget = BudgetId.parse(imported.budgetId());
    BudgetView view = views.at(budget, PointInTime.LATEST).orElseThrow();
    ProjectAllocation bus =
        view.projectAllocations().stream()
            .filter(a -> a.unitName().equals("杭州市公安局"))
            .filter(a -> a.project().name().equals("执法办案"))
            .findFirst()
            .orElseThrow();
    LineKey line =
        view.lines().stream()
            .map(LineBalance::key)
            .filter(k -> k.kind() == ExpenditureKind.PROJECT)
            .filter(k -> k.fundSource() == FundSource.GENERAL_BUDGET)
            .filter(k -> k.function().value().length() == 7)
            .findFirst()
            .orElseThrow();
    // a clerk's entry names both economic codes (an import may leave them out, an entry may not)
    LineKey named =
        new LineKey(
            line.unit(),
            line.function(),
            GovEconomicCode.of("50299"),
            DeptEconomicCode.of("30299"),
            ExpenditureKind.PROJECT,
            bus.project(),
            FundSource.GENERAL_BUDGET);
    IncomeKey income =
        view.income().stream()
            .map(i -> i.key())
            .filter(k -> k.fundSource() == FundSource.GENERAL_BUDGET)
            .filter(k -> k.origin() == Origin.CURRENT_YEAR)
            .findFirst()
            .orElseThrow();
    commands.send(
        new RecordEntryCommand(
            budget,
            EntryId.of("bus-supplement"),
            EntryType.SUPPLEMENT,
            List.of(new IncomeLeg(income, Fen.parseWan("5.00"))),
            List.of(new SpendingLeg(named, Fen.parseWan("5.00"))),
            LocalDate.of(2026, 7, 1),
            new Basis("杭州市财政局关于追加执法办案经费的批复", "杭财预〔2026〕7号"),
            "追加执法办案",
            Actor.of("tester"),
            "bus-supplement"));
    String row = "project:杭州市公安局|执法办案";
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(amount(budget, LocalDate.of(2026, 7, 1), row, "GENERAL_BUDGET"))
                    .isEqualTo("3,309.88"));
    assertThat(amount(budget, LocalDate.of(2026, 6, 30), row, "GENERAL_BUDGET"))
        .isEqualTo("3,304.88");
    assertThat(amount(budget, LocalDate.of(2026, 7, 1), row, "total")).isEqualTo("6,197.04");
    // the 合计 row (the ledger's project lines) holds it from the same day: the projects and the
    // lines
    // move together
    assertThat(
            Fen.parseWan(
                    amount(budget, LocalDate.of(2026, 7, 1), "total", "total").replace(",", ""))
                .minus(
                    Fen.parseWan(
                        amount(budget, LocalDate.of(2026, 6, 30), "total", "total")
                            .replace(",", ""))))
        .isEqualTo(Fen.parseWan("5.00"));
  }

  private String amount(BudgetId budget, LocalDate effective, String row, String column) {
    DisclosureTable table =
        tables.build(views.at(budget, PointInTime.effective(effective)).orElseThrow(), T);
    return table.row(row).orElseThrow().cell(column).orElseThrow().amount().formatWan(2);
  }

  @Test
  void guangzhouProjectsAreReadUnderTheirUnitsWithGovernmentFunds() throws IOException {
    ImportReport imported = imported("guangzhou-2026-c04460f2.pdf");
    String budget = imported.budgetId();
    CellComparisonResult cells = compared(imported);
    // p.28 广州市民政局's 广州市“平安通”服务项目, 1,795.00 all 政府性基金预算
    String row = "project:广州市民政局|广州市“平安通”服务项目";
    assertThat(ComparedCells.printed(documents, budget, T, row, "GOVERNMENT_FUND").amount())
        .isEqualTo(Fen.parseWan("1795.00"));
    assertThat(ComparedCells.status(cells, T, row, "GOVERNMENT_FUND")).isEqualTo(CellStatus.EXACT);
    assertThat(ComparedCells.status(cells, T, row, "total")).isEqualTo(CellStatus.EXACT);
    // p.27 the unit's row, 6,396.51 = 3,348.51 + 3,048.00, the sum of its projects
    assertThat(ComparedCells.status(cells, T, "unit:广州市民政局", "total"))
        .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
  }
}
