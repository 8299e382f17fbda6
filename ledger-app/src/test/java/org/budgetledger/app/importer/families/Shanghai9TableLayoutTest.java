package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A budget imported from a Shanghai 9-table PDF is rebuilt in Shanghai's frame, not Beijing's: its
 * 9 tables first in its order, each with its title as printed (表1 2026年预算单位财务收支预算总表), in 元 at 2
 * decimals, the 三公 table in 万元; the tables Shanghai does not publish keep the ledger's frame. The
 * CLI, the page and the XLSX print through the table, so they show the same.
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
  void theNineTablesComeFirstInShanghaisNumberingWithTheirPrintedTitles() {
    assertThat(set.tables().stream().map(DisclosureTable::number).toList())
        .containsExactly(
            "表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "预算10表", "预算11表", "预算12表",
            "预算13表");
    DisclosureTable first = table(TableKind.INCOME_EXPENDITURE_SUMMARY);
    assertThat(first.number()).isEqualTo("表1");
    assertThat(first.title()).isEqualTo("2026年预算单位财务收支预算总表");
    assertThat(table(TableKind.GENERAL_BUDGET_BASIC).title())
        .isEqualTo("2026年预算单位一般公共预算基本支出部门预算经济分类预算表");
    // a table Shanghai does not publish keeps the ledger's frame
    assertThat(table(TableKind.PROCUREMENT).unitLabel()).isEqualTo("金额单位：万元");
  }

  @Test
  void aTableInYuanShowsYuanWithTwoDecimals() {
    DisclosureTable first = table(TableKind.INCOME_EXPENDITURE_SUMMARY);
    assertThat(first.unitLabel()).isEqualTo("金额单位：元");
    assertThat(shown(first, "income:GENERAL_BUDGET", "income")).isEqualTo("31,295,000.00");
    assertThat(shown(first, "income:GOVERNMENT_FUND", "income")).isEqualTo("435,000.00");
    DisclosureTable income = table(TableKind.INCOME_SUMMARY);
    assertThat(shown(income, "total", "total")).isEqualTo("50,040,000.00");
    assertThat(shown(income, "total", "OPERATING_INCOME")).isEqualTo("16,710,000.00");
    assertThat(shown(income, "total", "OTHER_INCOME")).isEqualTo("1,600,000.00");
    assertThat(shown(table(TableKind.EXPENDITURE_SUMMARY), "2080502|-|-", "total"))
        .isEqualTo("720,660.00");
  }

  @Test
  void theThreePublicTableStaysInWanYuan() {
    DisclosureTable three = table(TableKind.THREE_PUBLIC_EXPENSES);
    assertThat(three.number()).isEqualTo("表9");
    assertThat(three.title()).isEqualTo("2026年单位“三公”经费和机关运行经费预算表");
    assertThat(three.unitLabel()).isEqualTo("金额单位：万元");
    assertThat(shown(three, "2026", "total")).isEqualTo("20.80");
    assertThat(shown(three, "2026", "abroad")).isEqualTo("10.00");
    assertThat(shown(three, "2026", "reception")).isEqualTo("1.20");
    assertThat(shown(three, "2026", "vehicleOperation")).isEqualTo("9.60");
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
      assertThat(general.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      Sheet three = book.getSheet("表9");
      assertThat(texts(three)).contains("金额单位：万元");
      assertThat(numeric(three, 20.8).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }
  }

  private DisclosureTable table(TableKind kind) {
    return set.tables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
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
