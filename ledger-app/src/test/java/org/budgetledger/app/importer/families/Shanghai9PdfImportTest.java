package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.LinePlace;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.importer.pdfdocument.RenderedDisclosure;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Both Shanghai 9-table PDFs import as published and reconcile cell for cell: tables in 元 (whole 元
 * in 2026, 2 decimals in 2025) with the 三公 table in 万元, 类/款/项 printed in three columns and joined
 * into one code, 支出总表 by function only (its 基本支出 spread over the 部门经济分类 codes of 基本支出表, the
 * derivation saying the split is not the document's), columns Shanghai does not print (人员/公用 in
 * 一般公共预算支出表, 本年收入合计) absent rather than zero.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:shanghai9;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class Shanghai9PdfImportTest {
  static final Path DIR = Path.of("src/test/resources/corpus/pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void the2026UnitBudgetImportsWithEveryPublishedCellExact() throws IOException {
    ImportReport imported = importPdf("shanghai9-2026-0afcacdd.pdf");

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    // 306 cells before 一般公共预算支出表's printed 类 and 款 rows were written (s10-classrows)
    assertThat(imported.notes().get(0))
        // 628 since 2026-12-06: 收入预算总表's 18 rows by 功能科目 (code, name and the 16 canonical columns);
        // 58 more for 一般公共预算支出表's 类/款 rows (s10-classrows)
        // + 支出总表's printed 类 and 款 rows (s10-classrows2): 62 cells written more
        // + 8: 政府性基金 table's printed 类 and 款 rows (p.15, s12-smalls)
        // + 2: 收支总表's 财政拨款收入 printed above its sources (s13-hzyt)
        .isEqualTo("PDF 按“上海市部门（单位）预算 9 表”读取：9 张表，770 个单元格；" + "单位预算 上海市自然资源确权登记事务中心 2026年");
    assertThat(imported.incomeLegs()).isEqualTo(4);
    assertThat(imported.notes())
        .anyMatch(
            n ->
                n.startsWith(
                    // since 2026-12-06 收入预算总表 by 功能科目 (p.8-9) names 事业单位经营收入 as the only
                    // non-fiscal source of 208 05 05, 208 05 06, 210 11 02 and 221 02 01
                    "支出按资金来源：一般公共预算 31,295,000.00 元，政府性基金预算 435,000.00 元，"
                        + "事业单位经营收入 4,612,355.00 元，非财政拨款资金 13,697,645.00 元"));

    CellComparisonResult cells = reconciled(imported).comparison();
    // 186, and since 2026-12-06 收入预算总表's 财政拨款收入 (p.9, 合计 row 31,730,000), the subtotal of the
    // fiscal sources the table prints without them: 31,295,000 一般公共预算 + 435,000 政府性基金
    // 268 since 2026-12-06: 收入预算总表's 18 rows by 功能科目 (p.8-9), 合计, 财政拨款收入 and each source the
    // ledger holds there (经营收入 and 其他收入 of 220 01 50, which both pay, are recorded together as
    // 非财政拨款资金 and not compared)
    // + 一般公共预算支出表's printed 类 and 款 rows (s10-classrows)
    // + 支出总表's printed 类 and 款 rows (s10-classrows2)
    // 334 since the 类 rows of the tables by economic code and their codes (s11-gbecon)
    // 340 with 政府性基金 table's printed 类 and 款 rows (p.15, s12-smalls: FundClassRowsPdfTest)
    // 341 with 收支总表's 财政拨款收入 31,730,000 printed above its sources (s13-hzyt)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(341);
    assertFiscalSubtotalCompared(imported, cells, "31730000");
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isZero();
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_PUBLISHED)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
  }

  @Test
  void the2025DepartmentBudgetImportsWithEveryPublishedCellExactAndEveryRulePassing()
      throws IOException {
    ImportReport imported = importPdf("shanghai9-2025-ee47ac5b.pdf");

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    ReconciliationReport r = reconciled(imported);
    CellComparisonResult cells = r.comparison();
    // 220, and since 2026-12-06 收入预算总表's 财政拨款收入 (p.11, 合计 row)
    // 371 since 2026-12-06: 收入预算总表's 30 rows by 功能科目 (p.10-11), 5 columns each
    // + 一般公共预算支出表's printed 类 and 款 rows (s10-classrows)
    // + 支出总表's printed 类 and 款 rows (s10-classrows2)
    // 467 since the 类 rows of the tables by economic code and their codes (s11-gbecon)
    // 468 with 收支总表's 财政拨款收入 printed above its sources (s13-hzyt)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(468);
    assertFiscalSubtotalCompared(imported, cells, "371514655.00");
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isZero();
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_PUBLISHED)).isZero();
    assertThat(r.publishedRules())
        .allSatisfy(c -> assertThat(c.status()).as(c.statement()).isEqualTo(RuleStatus.PASS));
    assertThat(r.rebuiltRules())
        .allSatisfy(c -> assertThat(c.status()).as(c.statement()).isEqualTo(RuleStatus.PASS));
  }

  /**
   * Figures read from the 2026 PDF's pages, as the canonical text carries them with their place.
   */
  @Test
  void theCanonicalTextKeepsThePrintedFiguresAndTheirPages() throws Exception {
    Path pdf = DIR.resolve("shanghai9-2026-0afcacdd.pdf");
    RenderedDisclosure rendered =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(pdf.getFileName().toString(), Files.readAllBytes(pdf));
    List<String> lines = rendered.text().lines().toList();

    // 支出预算总表 runs over pages 10 and 11: 220 01 50 事业运行 is on page 11, its code joined
    int run = lines.indexOf("2200150-事业运行\t36,861,351\t30,325,551\t6,535,800" + notPrinted(3));
    assertThat(run).isPositive();
    assertThat(rendered.placeOf(run + 1)).isEqualTo(new LinePlace(11, "2026年预算单位支出预算总表", 15));
    // the total of the table, on page 11
    assertThat(lines).contains("合计\t50,040,000\t43,069,200\t6,970,800" + notPrinted(3));
    // an empty cell (no 项目支出 on 事业单位离退休) stays empty; 人员/公用 are not printed
    assertThat(lines)
        .contains("2080502\t事业单位离退休\t720,660\t720,660" + notPrinted(2) + "\t" + notPrinted(1));
    // the 三公 table is in 万元 inside a document in 元; 购置费 printed empty
    int unit = lines.indexOf("预算09表 “三公”经费支出表") + 1;
    assertThat(lines.get(unit)).isEqualTo("金额单位：万元");
    assertThat(lines).contains("20.8\t10.0\t1.2\t9.6\t\t9.6");
    // 财政拨款收入 is the sum of the two rows below it: left out; 1、一般公共预算 keyed by its source
    assertThat(lines).contains("一般公共预算\t31,295,000\t二、卫生健康支出\t2,727,598");
    assertThat(lines).noneMatch(l -> l.startsWith("一、财政拨款收入"));
  }

  /**
   * 收入预算总表 prints 财政拨款收入 as one column, no fund source under it: read as the 财政拨款 subtotal ({@code
   * fiscal}) and compared, EXACT, with this year's income of the three fiscal sources.
   */
  private void assertFiscalSubtotalCompared(
      ImportReport imported, CellComparisonResult cells, String yuan) {
    assertThat(
            ComparedCells.printed(
                    documents, imported.budgetId(), TableKind.INCOME_SUMMARY, "total", "fiscal")
                .amount())
        .isEqualTo(Fen.parseYuan(yuan));
    assertThat(ComparedCells.status(cells, TableKind.INCOME_SUMMARY, "total", "fiscal"))
        .isEqualTo(CellStatus.EXACT);
    assertThat(imported.notes()).noneMatch(n -> n.contains("财政拨款收入”：表头词不是本版式的栏目"));
  }

  private static String notPrinted(int n) {
    return ("\t（未列示）").repeat(n);
  }

  private ImportReport importPdf(String name) throws IOException {
    Path pdf = DIR.resolve(name);
    return importer.importBytes(name, Files.readAllBytes(pdf), Actor.of("tester"));
  }

  private ReconciliationReport reconciled(ImportReport imported) {
    return reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
  }
}
