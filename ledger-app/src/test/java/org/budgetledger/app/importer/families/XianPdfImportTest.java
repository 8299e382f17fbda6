package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Xi'an (部门综合预算, 元): its 支出总表 lists the department and its units by fund source, with no function
 * code on any row. The lines come from the tables by function (一般公共预算支出明细表 by 项, the 收支总表's 类 where
 * no table details them: 其他支出 paid by 事业单位经营收入, 城乡社区支出 by 政府性基金), and that table's 合计 is their
 * margin.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:xian;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class XianPdfImportTest {
  private static final Path DIR = Path.of("src/test/resources/corpus/pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void theDocumentOf2022ImportsItsLinesFromTheTablesByFunction() throws IOException {
    String file = "xian-2022-e183be6a.pdf";
    ImportReport imported =
        importer.importBytes(file, Files.readAllBytes(DIR.resolve(file)), Actor.of("tester"));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    CellComparisonResult cells =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0).comparison();
    // 261: 250 with the 三公 table's 会议费 and 培训费; the 政府性基金收支表's 合计 row (3 cells, p.64,
    // XianFundTableTest); 上年实户资金余额 0.00 (p.40) since the ledger has that source, and the headings
    // 部门预算 | 一、部门预算 (p.40) and 财政拨款收支总表's 一、财政拨款 (p.45), which print 本年收入合计 and
    // 本年支出合计 a second time, compared as those totals (all since 2026-12-06); since 2026-12-06 13:00
    // UTC 其中：专项资金列入部门预算的项目 100,000,000.00 (p.40, p.45), the part of 一般公共预算 its 收入总表
    // (p.42) earmarks, and that column of 收入总表's 合计 row, rebuilt from the earmarked legs; since
    // 2026-12-06 14:40 UTC the 政府性基金收支表's 14 类 rows (p.64, XianFundTableTest): 275; since
    // 2026-12-06 17:30 UTC 收入总表's 16 units' rows (p.42, 144 cells; IncomeByUnitPdfTest): 419;
    // since 18:25 UTC the printed 类 and 款 rows of its 一般公共预算支出表 (100 cells): 519
    // 874 with s11-gbecon: its 表8 (p.59-63) read with its codes and 类 rows and 表6's 专项业务经费支出
    // column (p.50-54) as the 项目支出 table by economic code
    // 1137 with s12-xian: 表6 also as the table of every kind by economic code, 政府|部门 pair by pair
    // (合计, 人员经费, 公用经费 and its 类 rows: 261 cells), and 财政拨款收支总表's 基本支出 and 项目支出 printed
    // beside its 类 (p.45: 2 cells; 收支总表's are not written, its 事业单位经营支出 holding money)
    // + 286 with s12-procure: its 政府采购 table by function, 全额, unit and item (p.74-91,
    // ProcurementByFunctionPdfTest)
    // + 16 with s13-xian: both balance sheets' heading, 本年支出合计 and 支出总计 printed again in their
    // two economic blocks (12), and 财政拨款收支总表's 4 部门经济分类 类 under 人员经费和公用经费支出 (p.45; 收支总表's
    // block by use is not written, its 事业单位经营支出 holding money)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(1439);
    assertThat(
            ComparedCells.status(
                cells, TableKind.FISCAL_APPROPRIATION_SUMMARY, "spendingUse:basic:301", "spending"))
        .isEqualTo(CellStatus.EXACT);
    assertThat(
            ComparedCells.printed(
                    documents,
                    imported.budgetId(),
                    TableKind.FISCAL_APPROPRIATION_SUMMARY,
                    "spendingUse:basic:301",
                    "spending")
                .amount())
        .isEqualTo(Fen.parseYuan("143623196.29"));
    assertThat(
            ComparedCells.printed(
                    documents,
                    imported.budgetId(),
                    TableKind.INCOME_EXPENDITURE_SUMMARY,
                    "totals:grand@3",
                    "spending")
                .amount())
        .isEqualTo(Fen.parseYuan("3720011901.80"));
    assertThat(
            ComparedCells.status(
                cells, TableKind.INCOME_EXPENDITURE_SUMMARY, "totals:grand@3", "spending"))
        .isEqualTo(CellStatus.EXACT);
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isZero();
    // p.92: 公务接待费 129,000.00 and 公务用车运行费 700,000.00, which its 基本支出表 (a 合计 only, p.59) holds
    // by no code, are paid from the lines by function (THREE_PUBLIC_FROM_PROJECT); so are 会议费
    // 329,175.00 and 培训费 1,279,600.00 printed beside them, and the 合计 2,437,775.00 over all of
    // them (the 三公 小计 829,000.00 beside it) comes back EXACT
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    // (5 unreadable before the headings were read, 10 before blanks were zero, 2 before earmarks)
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
  }

  /**
   * Page 42 (表2): 其中：专项资金列入部门预算的项目 beside the 一般公共预算拨款 小计, rendered as a column of the canonical
   * 收入总表 beyond the others only because the table prints it.
   */
  @Test
  void readsTheSpecialFundsBesideTheGeneralBudget() throws Exception {
    String file = "xian-2022-e183be6a.pdf";
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(file, Files.readAllBytes(DIR.resolve(file)))
            .text();

    // the 合计 row under the 单位名称 column its units' rows are printed in (since 2026-12-06 17:30 UTC)
    assertThat(text.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("合计\t3720011901.80\t（未列示）\t640224693.80\t")
                    // then 上年实户资金余额, printed 0.00 (p.42), since 2026-12-06
                    .endsWith("\t100000000.00\t0.00"))
        .anySatisfy(l -> assertThat(l).startsWith("251002-西安市土地储备交易中心\t3022201707.41\t"));
  }

  /** Page 47: 表5 prints 项目支出 as 专项业务经费支出 (培训支出 820,200.00 beside 公用经费 459,400.00). */
  @Test
  void readsTheSpecialBusinessColumnAsProjectSpending() throws Exception {
    String file = "xian-2022-e183be6a.pdf";
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(file, Files.readAllBytes(DIR.resolve(file)))
            .text();

    assertThat(text.lines())
        .contains("2050803\t培训支出\t1279600.00\t（未列示）\t0.00\t459400.00\t820200.00\t（未列示）");
  }

  /** Page 92 (表13, 2022): 会议费 and 培训费 beside the 三公 items and their 小计, the 合计 over all. */
  @Test
  void readsMeetingsAndTrainingBesideTheThreePublicItems() throws Exception {
    String file = "xian-2022-e183be6a.pdf";
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(file, Files.readAllBytes(DIR.resolve(file)))
            .text();

    assertThat(text.lines())
        .contains(
            "2437775.00\t0.00\t129000.00\t700000.00\t0.00\t700000.00\t829000.00\t329175.00\t1279600.00");
  }
}
