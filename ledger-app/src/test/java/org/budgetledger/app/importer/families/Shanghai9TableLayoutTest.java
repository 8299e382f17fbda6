package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetledger.app.export.XlsxExporter;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.document.TableNotPublishedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A budget imported from a Shanghai 9-table PDF is rebuilt in Shanghai's frame, not Beijing's: its
 * 9 tables only, in its order, each with its title as printed (表1 2026年预算单位财务收支预算总表), in whole 元 as
 * the 2026 document prints them, the 三公 table in 万元 at the one decimal it prints (20.8), the
 * columns under the document's own headers; the tables Shanghai does not publish are not shown
 * (本版式不公开此表). The CLI, the page and the XLSX print through the table, so they show the same.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:shanghai9layout;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Shanghai9TableLayoutTest {
  @Autowired DisclosureImporter importer;
  @Autowired TableInquiry inquiry;
  @Autowired XlsxExporter xlsx;
  @Autowired ReconciliationService reconciliation;

  DepartmentTables set;

  @BeforeAll
  void importShanghai2026() throws IOException {
    Path pdf = Path.of("src/test/resources/corpus/pdf/shanghai9-2026-0afcacdd.pdf");
    ImportReport imported =
        importer.importBytes(
            pdf.getFileName().toString(), Files.readAllBytes(pdf), Actor.of("tester"));
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    set = inquiry.tables(BudgetId.parse(imported.budgetId()), PointInTime.LATEST, Progress.NONE);
  }

  @Test
  void onlyTheNineTablesInShanghaisNumberingWithTheirPrintedTitles() {
    assertThat(set.tables().stream().map(DisclosureTable::number).toList())
        .containsExactly("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9");
    DisclosureTable first = table(TableKind.INCOME_EXPENDITURE_SUMMARY);
    assertThat(first.number()).isEqualTo("表1");
    assertThat(first.title()).isEqualTo("2026年预算单位财务收支预算总表");
    assertThat(table(TableKind.GENERAL_BUDGET_BASIC).number()).isEqualTo("表8");
    assertThat(table(TableKind.GENERAL_BUDGET_BASIC).title())
        .isEqualTo("2026年预算单位一般公共预算基本支出部门预算经济分类预算表");
  }

  @Test
  void aTableShanghaiDoesNotPublishIsNotShownAndSaysSo() {
    BudgetId id = set.budgetId();
    assertThatThrownBy(() -> inquiry.table(id, "procurement", PointInTime.LATEST))
        .isInstanceOf(TableNotPublishedException.class)
        .hasMessageStartingWith("本版式不公开此表：政府采购预算明细表（shanghai9 公开 表1 表2");
    // a number is Shanghai's: 3 is its 支出预算总表, 8 its 基本支出表; 预算10表 is none of its own
    assertThat(inquiry.kind(id, "3")).isEqualTo(TableKind.EXPENDITURE_SUMMARY);
    assertThat(inquiry.kind(id, "表8")).isEqualTo(TableKind.GENERAL_BUDGET_BASIC);
    assertThatThrownBy(() -> inquiry.kind(id, "预算10表"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give one of 表1, 表2");
  }

  @Test
  void aTableInYuanShowsWholeYuanAsTheDocumentPrintsThem() {
    DisclosureTable first = table(TableKind.INCOME_EXPENDITURE_SUMMARY);
    assertThat(first.unitLabel()).isEqualTo("金额单位：元");
    assertThat(first.decimals()).isZero();
    assertThat(shown(first, "income:GENERAL_BUDGET", "income")).isEqualTo("31,295,000");
    assertThat(shown(first, "income:GOVERNMENT_FUND", "income")).isEqualTo("435,000");
    DisclosureTable income = table(TableKind.INCOME_SUMMARY);
    assertThat(shown(income, "total", "total")).isEqualTo("50,040,000");
    assertThat(shown(income, "total", "OPERATING_INCOME")).isEqualTo("16,710,000");
    assertThat(shown(income, "total", "OTHER_INCOME")).isEqualTo("1,600,000");
    // 财政拨款收入 (p.9), the fiscal subtotal the family prints: rebuilt from the fiscal sources' income
    // under its printed header (since 2026-12-06)
    assertThat(shown(income, "total", "fiscal")).isEqualTo("31,730,000");
    assertThat(label(income, "fiscal")).isEqualTo("财政拨款收入");
    assertThat(shown(table(TableKind.EXPENDITURE_SUMMARY), "2080502|-|-", "total"))
        .isEqualTo("720,660");
  }

  @Test
  void theThreePublicTableStaysInWanYuanAtItsOneDecimalUnderItsOwnHeaders() {
    DisclosureTable three = table(TableKind.THREE_PUBLIC_EXPENSES);
    assertThat(three.number()).isEqualTo("表9");
    assertThat(three.title()).isEqualTo("2026年单位“三公”经费和机关运行经费预算表");
    assertThat(three.unitLabel()).isEqualTo("金额单位：万元");
    assertThat(shown(three, "2026", "total")).isEqualTo("20.8");
    assertThat(shown(three, "2026", "abroad")).isEqualTo("10.0");
    assertThat(shown(three, "2026", "reception")).isEqualTo("1.2");
    assertThat(shown(three, "2026", "vehicleOperation")).isEqualTo("9.6");
    assertThat(label(three, "abroad")).isEqualTo("因公出国(境)费");
    assertThat(label(three, "vehiclePurchase")).isEqualTo("购置费");
    assertThat(label(three, "vehicleOperation")).isEqualTo("运行费");
    assertThat(three.header().stream().flatMap(List::stream).map(HeaderCell::text))
        .contains("因公出国(境)费", "购置费", "运行费")
        .doesNotContain("公务用车运行维护费");
  }

  @Test
  void theReconciliationNamesTablesAsShanghaiDoes() {
    CellComparisonResult cells =
        reconciliation.reconcileAsImported(set.budgetId()).get(0).comparison();
    assertThat(cells.tallies().get(0).tableNumber()).isEqualTo("表1");
    assertThat(cells.tallies().get(0).tableTitle()).isEqualTo("2026年预算单位财务收支预算总表");
    assertThat(cells.tallies().stream().map(TableTally::tableNumber).limit(9))
        .containsExactly("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9");
  }

  @Test
  void theXlsxHasShanghaisSheetsUnitsAndExactYuan() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xlsx.write(set, out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet first = book.getSheet("表1");
      assertThat(first.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026年预算单位财务收支预算总表");
      assertThat(texts(first)).contains("金额单位：元");
      Cell general = numeric(first, 31_295_000.0);
      assertThat(general.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      Sheet three = book.getSheet("表9");
      assertThat(texts(three)).contains("金额单位：万元");
      assertThat(numeric(three, 20.8).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
      assertThat(book.getSheet("预算10表")).isNull();
    }
  }

  private DisclosureTable table(TableKind kind) {
    return set.tables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  private static String label(DisclosureTable table, String column) {
    return table.columns().stream()
        .filter(c -> c.key().equals(column))
        .findFirst()
        .orElseThrow()
        .label();
  }

  private String shown(DisclosureTable table, String row, String column) {
    return table.display(table.cell(row, column).orElseThrow(), set.decimals());
  }

  private static List<String> texts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
  }

  private static Cell numeric(Sheet sheet, double value) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == value) {
          return cell;
        }
      }
    }
    throw new AssertionError("no cell holding " + value + " in " + sheet.getSheetName());
  }
}
