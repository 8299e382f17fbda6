package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.app.reconciliation.ReconciliationService;
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
 * Hangzhou's 表7 一般公共预算“三公”经费预算表 prints its 合计 and then each unit's row by 单位名称. Its units hold no
 * spending lines of their own (the spending tables are the department's; the units appear only in
 * 收入总表), so each unit's items are recorded as printed at the unit's grain and its row rebuilt from
 * them: its 小计 and 合计 add its own items, and the units' rows are held to the 合计 row (rule 7), so a
 * unit row the document misprints is a finding.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hangzhouthreepublic;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class HangzhouThreePublicByUnitTest {
  private static final TableKind T = TableKind.THREE_PUBLIC_EXPENSES;

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  /** A unit Hangzhou names by name only: the code the ledger derives from the two names. */
  private static String unit(String department, String name) {
    return DocumentCodes.derivedDepartmentCode(department)
        + "U"
        + DocumentCodes.derivedDepartmentCode(name).substring(1);
  }

  /**
   * 杭州市交通运输局 p.34: 杭州市公路与港航管理服务中心 140.30 = 公务接待 2.00 + 公务用车 138.30 (购置 72.30 + 运行维护 66.00), its
   * 因公出国 printed empty; 杭州技师学院 21.10 = 3.10 + 18.00 (运行维护 only, 购置 empty). The six units add up to
   * the 合计 873.20: every cell of the table agrees, the rule holds in the document and the ledger.
   */
  @Test
  void eachUnitsRowComesBackAsPrinted() throws IOException {
    ImportReport imported =
        FamilyPdf.of("hangzhou-zhejiang-2026-e488d331.pdf").importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(imported.notes())
        .anySatisfy(n -> assertThat(n).startsWith("“三公”经费表按单位列示的 6 个单位（杭州市交通运输局、"))
        .noneMatch(n -> n.contains("表7") && n.contains("未与账本逐格比较"));
    String department = "杭州市交通运输局";
    ReconciliationReport report = FamilyPdf.reconciled(reconciliation, imported);
    CellComparisonResult cells = report.comparison();
    assertRow(
        imported,
        cells,
        unit(department, "杭州市公路与港航管理服务中心"),
        Map.of(
            "total", "140.30",
            "reception", "2.00",
            "vehicles", "138.30",
            "vehiclePurchase", "72.30",
            "vehicleOperation", "66.00"));
    assertRow(
        imported,
        cells,
        unit(department, "杭州技师学院（杭州交通高级技工学校）"),
        Map.of(
            "total",
            "21.10",
            "reception",
            "3.10",
            "vehicles",
            "18.00",
            "vehicleOperation",
            "18.00"));
    // the empty 因公出国 and 购置 cells: printed empty, the ledger's zero
    String college = unit(department, "杭州技师学院（杭州交通高级技工学校）");
    // the 合计 row adds the ledger's lines, within the rounding of what they were solved from
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == T)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING));
    assertThat(ComparedCells.status(cells, T, college, "abroad")).isEqualTo(CellStatus.EXACT);
    assertThat(ComparedCells.status(cells, T, college, "vehiclePurchase"))
        .isEqualTo(CellStatus.EXACT);
    for (List<RuleCheck> rules : List.of(report.publishedRules(), report.rebuiltRules())) {
      assertThat(rules)
          .filteredOn(r -> r.statement().startsWith("“三公”经费 各单位行之和 = 部门行"))
          .hasSize(6)
          .allSatisfy(r -> assertThat(r.status()).isNotEqualTo(RuleStatus.FAIL));
    }
  }

  /**
   * 杭州市公安局 p.29: the nine units' 运行维护费 add to 2,843.20, the 合计 prints 2,987.20 (and its 小计 and 合计
   * the same 144.00 more): the document's inconsistency is reported, in the document and in the
   * ledger, never corrected; each unit's row still agrees (交通管理支队 1,960.35 = 1,945.35 + 15.00).
   */
  @Test
  void unitsThatDoNotAddUpToTheTotalAreAFinding() throws IOException {
    ImportReport imported =
        FamilyPdf.of("hangzhou-zhejiang-2026-c0afe4e6.pdf").importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    ReconciliationReport report = FamilyPdf.reconciled(reconciliation, imported);
    CellComparisonResult cells = report.comparison();
    assertRow(
        imported,
        cells,
        unit("杭州市公安局", "杭州市公安局交通管理支队"),
        Map.of(
            "total", "1960.35",
            "reception", "15.00",
            "vehicles", "1945.35",
            "vehiclePurchase", "594.75",
            "vehicleOperation", "1350.60"));
    // the 合计 row adds the ledger's lines, within the rounding of what they were solved from
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == T)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING));
    for (List<RuleCheck> rules : List.of(report.publishedRules(), report.rebuiltRules())) {
      assertThat(rules)
          .filteredOn(r -> r.statement().startsWith("“三公”经费 各单位行之和 = 部门行"))
          .filteredOn(r -> r.status() == RuleStatus.FAIL)
          .extracting(RuleCheck::statement)
          .containsExactlyInAnyOrder(
              "“三公”经费 各单位行之和 = 部门行（total）",
              "“三公”经费 各单位行之和 = 部门行（vehicles）",
              "“三公”经费 各单位行之和 = 部门行（vehicleOperation）");
    }
    assertThat(report.publishedRules())
        .filteredOn(r -> r.statement().equals("“三公”经费 各单位行之和 = 部门行（vehicleOperation）"))
        .singleElement()
        .satisfies(r -> assertThat(r.difference().abs()).isEqualTo(Fen.parseWan("144.00")));
  }

  private void assertRow(
      ImportReport imported, CellComparisonResult cells, String unit, Map<String, String> wan) {
    wan.forEach(
        (column, figure) -> {
          assertThat(
                  ComparedCells.printed(documents, imported.budgetId(), T, unit, column).amount())
              .as(unit + " " + column)
              .isEqualTo(Fen.parseWan(figure));
          assertThat(ComparedCells.status(cells, T, unit, column)).isEqualTo(CellStatus.EXACT);
        });
  }
}
