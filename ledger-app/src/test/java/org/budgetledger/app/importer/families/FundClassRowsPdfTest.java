package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 类 and 款 rows a 政府性基金预算支出表 prints above its items are read as subtotals (never lines) and
 * compared with the rebuilt items summed, as 支出总表's are: before, they were left out of the
 * canonical text, and the import named their figures as not compared. Yantai p.22 prints 212 城乡社区支出
 * 2,238.68 above 21208 and its two items (51.98 + 2,186.70), 229 其他支出 120.00 above 22960; Guangzhou
 * c04460f2 p.21 prints [229]其他支出 23,534.06 above [22908] 6,781.00 and [22960] 16,753.06 (16,123.00
 * + 630.06); Hangzhou e488d331 p.35 prints names only (城乡社区支出 211,000.00, 国有土地使用权出让收入安排的支出
 * 211,000.00).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:fundclassrows;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class FundClassRowsPdfTest {
  private static final TableKind FUND = TableKind.GOVERNMENT_FUND_EXPENDITURE;

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void yantaiComparesTheClassAndItemGroupRowsOfItsFundTable() throws Exception {
    ImportReport imported = FamilyPdf.of("yantai-2026-8bfe1f02.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertCompared(imported, cells, "212", "total", "2238.68");
    assertCompared(imported, cells, "212", "project", "2238.68");
    assertCompared(imported, cells, "21208", "total", "2238.68");
    assertCompared(imported, cells, "229", "project", "120.00");
    assertCompared(imported, cells, "22960", "total", "120.00");
    assertEveryFigureCompared(imported, "政府性基金预算支出情况表");
  }

  @Test
  void guangzhouComparesTheClassAndItemGroupRowsOfItsFundTable() throws Exception {
    ImportReport imported = FamilyPdf.of("guangzhou-2026-c04460f2.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertCompared(imported, cells, "229", "total", "23534.06");
    assertCompared(imported, cells, "22908", "project", "6781.00");
    assertCompared(imported, cells, "22960", "total", "16753.06");
    assertCompared(imported, cells, "22960", "project", "16753.06");
    assertEveryFigureCompared(imported, "政府性基金预算支出情况表");
  }

  @Test
  void hangzhouComparesTheClassRowsItPrintsByName() throws Exception {
    ImportReport imported =
        FamilyPdf.of("hangzhou-zhejiang-2026-e488d331.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertCompared(imported, cells, "212", "total", "211000.00");
    assertCompared(imported, cells, "21208", "project", "211000.00");
    assertCompared(imported, cells, "229", "total", "10493.00");
    assertEveryFigureCompared(imported, "政府性基金预算支出预算表");
  }

  /** The import names no figure of the table as left out of the comparison. */
  private static void assertEveryFigureCompared(ImportReport imported, String title) {
    assertThat(imported.notes()).noneMatch(n -> n.contains(title) && n.contains("未与账本逐格比较"));
  }

  /**
   * The printed subtotal row, read as one, its figure as printed and within rounding of the items.
   */
  private void assertCompared(
      ImportReport imported, CellComparisonResult cells, String code, String column, String wan) {
    TableRow row =
        documents
            .of(BudgetId.parse(imported.budgetId()))
            .get(0)
            .publishedTables()
            .table(FUND)
            .orElseThrow()
            .row(code)
            .orElseThrow(() -> new AssertionError(code + " not read"));
    assertThat(row.type()).isEqualTo(RowType.SUBTOTAL);
    assertThat(ComparedCells.printed(documents, imported.budgetId(), FUND, code, column).amount())
        .isEqualTo(Fen.parseWan(wan));
    assertThat(ComparedCells.status(cells, FUND, code, column))
        .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
  }
}
