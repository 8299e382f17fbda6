package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 收入总表 printed by 功能分类科目 (类/款/项 × income source): its rows are read with their whole codes, rebuilt
 * from the ledger's spending by function and source, and compared cell by cell.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:incomebyfunction;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class IncomeByFunctionPdfTest {
  static final Path DIR = Path.of("src/test/resources/corpus/pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void shanghaiRowsByFunctionAreReadAndCompared() throws IOException {
    ImportReport imported = importPdf("shanghai9-2026-0afcacdd.pdf");
    ReconciliationReport r = reconciled(imported);
    r.rebuiltRules().stream()
        .filter(c -> c.status() != RuleStatus.PASS)
        .forEach(
            c ->
                System.out.println(
                    c.statement() + " " + c.leftFigures() + " = " + c.rightFigures()));
    r.comparison().findings().forEach(System.out::println);

    // p.8: 208 05 05 机关事业单位基本养老保险缴费支出 4,069,913 = 财政拨款 2,887,843 + 经营收入 1,182,070
    String row = "spendingDetail:2080505";
    assertThat(printed(imported, row, "total")).isEqualTo(Fen.parseYuan("4069913"));
    assertThat(printed(imported, row, "fiscal")).isEqualTo(Fen.parseYuan("2887843"));
    assertThat(printed(imported, row, "OPERATING_INCOME")).isEqualTo(Fen.parseYuan("1182070"));
    assertThat(status(r, row, "total")).isEqualTo(CellStatus.EXACT);
    assertThat(status(r, row, "fiscal")).isEqualTo(CellStatus.EXACT);
    // the row names one non-fiscal source: its lines are paid from it, and the figure compares
    assertThat(status(r, row, "OPERATING_INCOME")).isEqualTo(CellStatus.EXACT);
    assertThat(
            r.comparison().findings().stream()
                .filter(f -> f.rowKey().equals(row) && f.columnKey().equals("OPERATING_INCOME")))
        .isEmpty();
    // p.9: 220 01 50 事业运行 is paid by 经营收入 12,097,645 and 其他收入 1,600,000: which line each pays
    // no table says, so its lines stay 非财政拨款资金 and those two figures are not compared
    assertThat(imported.notes())
        .anyMatch(n -> n.startsWith("支出按资金来源：") && n.contains("事业单位经营收入 4,612,355.00 元"))
        .anyMatch(n -> n.startsWith("收入总表按功能科目列示的 3 行中 6 个非财政拨款来源金额未比较"));
    assertThat(r.comparison().count(CellStatus.MISMATCH)).isZero();
    assertThat(r.comparison().count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(r.rebuiltRules())
        .allSatisfy(c -> assertThat(c.status()).as(c.statement()).isEqualTo(RuleStatus.PASS));
  }

  @Test
  void yantaiRowsByFunctionAreComparedWhereTheLedgerHoldsTheirSource() throws IOException {
    ImportReport imported = importPdf("yantai-2026-8bfe1f02.pdf");
    ReconciliationReport r = reconciled(imported);

    // p.10: 205 03 05 高等职业教育 165,160.20 万元, 一般公共预算 94,681.87, 财政专户 52,959.85
    String row = "spendingDetail:2050305";
    assertThat(printed(imported, row, "total")).isEqualTo(Fen.parseWan("165160.20"));
    assertThat(printed(imported, row, "GENERAL_BUDGET")).isEqualTo(Fen.parseWan("94681.87"));
    assertThat(printed(imported, row, "FISCAL_SPECIAL_ACCOUNT"))
        .isEqualTo(Fen.parseWan("52959.85"));
    assertThat(status(r, row, "total")).isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    assertThat(status(r, row, "GENERAL_BUDGET")).isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    // p.11: 212 08 03 城市建设支出 51.98 万元, all 政府性基金
    assertThat(printed(imported, "spendingDetail:2120803", "GOVERNMENT_FUND"))
        .isEqualTo(Fen.parseWan("51.98"));
    assertThat(status(r, "spendingDetail:2120803", "GOVERNMENT_FUND"))
        .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    // p.10: 205 07 01 特殊学校教育 其他收入 17.85, its only non-fiscal source: its lines carry it
    assertThat(status(r, "spendingDetail:2050701", "OTHER_INCOME"))
        .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    assertThat(imported.notes()).anyMatch(n -> n.contains("其他收入 17.845003 万元"));
    // the 类 205 row's 财政拨款 subtotal, p.10
    assertThat(printed(imported, "spendingDetail:205", "fiscal"))
        .isEqualTo(Fen.parseWan("231271.82"));
    assertThat(r.comparison().count(CellStatus.MISMATCH)).isZero();
    assertThat(r.comparison().count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(imported.notes()).noneMatch(n -> n.contains("收入总体情况表”：只读取合计行"));
  }

  @Test
  void changshaRowsByFunctionAreReadAndCompared() throws IOException {
    ImportReport imported = importPdf("changsha-2025-e293995d.pdf");
    ReconciliationReport r = reconciled(imported);

    // p.14: 204 02 02 一般行政管理事务 36,490.02 万元, all 本级财政拨款
    String row = "spendingDetail:2040202";
    assertThat(printed(imported, row, "total")).isEqualTo(Fen.parseWan("36490.02"));
    assertThat(printed(imported, row, "fiscal")).isEqualTo(Fen.parseWan("36490.02"));
    assertThat(status(r, row, "total")).isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    // a 款 printed without its 类 (p.14: 02 公安) takes the 类 above it
    assertThat(printed(imported, "spendingDetail:20402", "total"))
        .isEqualTo(Fen.parseWan("68629.12"));
    assertThat(r.comparison().count(CellStatus.MISMATCH)).isZero();
    assertThat(r.comparison().count(CellStatus.NOT_IN_REBUILT)).isZero();
  }

  private Fen printed(ImportReport imported, String row, String column) {
    return ComparedCells.printed(
            documents, imported.budgetId(), TableKind.INCOME_SUMMARY, row, column)
        .amount();
  }

  private static CellStatus status(ReconciliationReport r, String row, String column) {
    return ComparedCells.status(r.comparison(), TableKind.INCOME_SUMMARY, row, column);
  }

  private ImportReport importPdf(String name) throws IOException {
    Path pdf = DIR.resolve(name);
    return importer.importBytes(name, Files.readAllBytes(pdf), Actor.of("tester"));
  }

  private ReconciliationReport reconciled(ImportReport imported) {
    return reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
  }
}
