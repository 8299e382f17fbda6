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
 * The 类 and 款 rows a 一般公共预算支出表 prints above its items are read as subtotals (never lines) and
 * compared with the sums of the rebuilt items: Yantai's 公开表5 (p.16) prints 类 205 教育支出 231,271.82
 * and 款 20502 普通教育 76,710.91 with their 基本支出 and 项目支出; Guangzhou 39d6f21a's 表5 (p.18) prints
 * [208]社会保障和就业支出 7,303.17 and [20805]行政事业单位养老支出 7,244.53, all 基本支出. Measured on the 18 corpus PDFs
 * with bench-import: every such row EXACT or WITHIN_ROUNDING but Hangzhou e488d331's 214 and 21401,
 * the document's own error (its 款 公路水路运输 97,402.60 is not the sum of its items 43,003.71 + 927.20 +
 * 53,522.29 = 97,453.20, p.30–31).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:classrows;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class ClassRowsPdfImportTest {
  private static final TableKind GBE = TableKind.GENERAL_BUDGET_EXPENDITURE;
  private static final TableKind ES = TableKind.EXPENDITURE_SUMMARY;

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void yantaiComparesItsPrintedClassAndItemGroupRows() throws Exception {
    ImportReport imported = FamilyPdf.of("yantai-2026-8bfe1f02.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    String kind = subtotal(imported, "205");
    assertPrinted(imported, cells, kind, "total", "231271.82");
    assertPrinted(imported, cells, kind, "personnel", "180300.84");
    assertPrinted(imported, cells, kind, "public", "1435.69");
    assertPrinted(imported, cells, kind, "project", "49535.29");
    String group = subtotal(imported, "20502");
    assertPrinted(imported, cells, group, "total", "76710.91");
    assertPrinted(imported, cells, group, "personnel", "54400.05");
    assertPrinted(imported, cells, group, "project", "22016.66");
  }

  @Test
  void guangzhouComparesItsPrintedClassAndItemGroupRows() throws Exception {
    ImportReport imported = FamilyPdf.of("guangzhou-2026-39d6f21a.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    String kind = subtotal(imported, "208");
    assertPrinted(imported, cells, kind, "total", "7303.17");
    assertPrinted(imported, cells, kind, "basic", "7303.17");
    String group = subtotal(imported, "20805");
    assertPrinted(imported, cells, group, "total", "7244.53");
    assertPrinted(imported, cells, group, "basic", "7244.53");
  }

  @Test
  void changshaComparesAClassWhoseItemsDoNotAscend() throws Exception {
    // p.18 prints 2040201, 2040220, 2040202, 2040221, 2040219 under 204 公共安全支出 and 20402 公安: the
    // table is split into units by ascending codes, and the 类 is compared with its items over them
    ImportReport imported = FamilyPdf.of("changsha-2025-e293995d.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    String kind = subtotal(imported, "204");
    assertThat(kind).contains(",");
    assertPrinted(imported, cells, kind, "total", "68629.12");
    assertPrinted(imported, cells, kind, "project", "40230.95");
    assertPrinted(imported, cells, subtotal(imported, "20402"), "basic", "28398.17");
  }

  @Test
  void yantaiComparesTheClassAndItemGroupRowsOfItsExpenditureSummary() throws Exception {
    // 公开表3 支出总体情况表 (p.12) prints 205 教育支出 and 款 02 普通教育 above their 项, by function only
    ImportReport imported = FamilyPdf.of("yantai-2026-8bfe1f02.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    String kind = subtotal(imported, ES, "205|-|-");
    assertPrinted(imported, cells, ES, kind, "total", "313068.64");
    assertPrinted(imported, cells, ES, kind, "basic", "181736.53");
    assertPrinted(imported, cells, ES, kind, "project", "131332.11");
    String group = subtotal(imported, ES, "20502|-|-");
    assertPrinted(imported, cells, ES, group, "total", "81946.84");
    assertPrinted(imported, cells, ES, group, "basic", "54694.25");
    assertPrinted(imported, cells, ES, group, "project", "27252.59");
  }

  private String subtotal(ImportReport imported, String code) {
    return subtotal(imported, GBE, code);
  }

  private void assertPrinted(
      ImportReport imported, CellComparisonResult cells, String row, String column, String wan) {
    assertPrinted(imported, cells, GBE, row, column, wan);
  }

  /** The key of the printed subtotal row of {@code code}, failing unless it is read as one. */
  private String subtotal(ImportReport imported, TableKind table, String code) {
    return documents
        .of(BudgetId.parse(imported.budgetId()))
        .get(0)
        .publishedTables()
        .table(table)
        .orElseThrow()
        .rows()
        .stream()
        .filter(r -> r.key().equals(code) || r.key().endsWith("|" + code))
        .peek(r -> assertThat(r.type()).isEqualTo(RowType.SUBTOTAL))
        .map(TableRow::key)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not read"));
  }

  private void assertPrinted(
      ImportReport imported,
      CellComparisonResult cells,
      TableKind table,
      String row,
      String column,
      String wan) {
    assertThat(ComparedCells.printed(documents, imported.budgetId(), table, row, column).amount())
        .isEqualTo(Fen.parseWan(wan));
    assertThat(ComparedCells.status(cells, table, row, column))
        .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    assertThat(cells.findings())
        .noneMatch(
            f ->
                f.table() == table
                    && f.rowKey().equals(row)
                    && f.columnKey().equals(column)
                    && f.status() != CellStatus.WITHIN_ROUNDING);
  }
}
