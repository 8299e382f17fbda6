package org.budgetledger.app.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.inquiry.InquiryLedger.OFFICE_ROW;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetledger.app.command.LedgerCommands;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** XLSX opened with POI, CSV bytes and JSON, as the REST export endpoints serve them. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:inquiry;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@WithMockUser(username = "shenji", roles = "AUDITOR")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {
  @Autowired LedgerCommands commands;
  @Autowired MockMvc mvc;
  InquiryLedger ledger;

  @BeforeAll
  void recordLedger() {
    ledger = InquiryLedger.record(commands);
  }

  byte[] export(String path, String format) throws Exception {
    return mvc.perform(get(path, ledger.budget).param("format", format))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void xlsxOfOneTableInThePublishedLayout() throws Exception {
    byte[] bytes = export("/api/budgets/{b}/tables/03/export", "xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("预算03表");
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("预算03表");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026年部门（单位）支出预算总表");
      assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("金额单位：万元");
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("支出功能分类科目");
      assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("其中");
      assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("上缴上级支出");
      assertThat(sheet.getMergedRegions())
          .contains(
              new CellRangeAddress(1, 1, 0, 8),
              new CellRangeAddress(3, 4, 0, 0),
              new CellRangeAddress(3, 3, 6, 8));
      Row office = find(sheet, "50201");
      Cell total = office.getCell(3);
      assertThat(total.getNumericCellValue()).isEqualTo(10.044567);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      Row sum = find(sheet, "合 计");
      assertThat(sum.getCell(3).getNumericCellValue()).isEqualTo(414.684567);
      assertThat(book.getFontAt(sum.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(book.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isFalse();
    }
  }

  @Test
  void xlsxOfAllTablesHasOneSheetEach() throws Exception {
    byte[] bytes = export("/api/budgets/{b}/export", "xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(13);
      assertThat(book.getSheetName(0)).isEqualTo("预算01表");
      assertThat(book.getSheetName(12)).isEqualTo("预算13表");
      Sheet summary = book.getSheet("预算01表");
      // 收支总表 prints income beside spending: 一般公共预算 income on the first line
      Row first = summary.getRow(5);
      assertThat(first.getCell(0).getStringCellValue()).contains("一般公共预算拨款收入");
      assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(414.684567);
      assertThat(first.getCell(2).getStringCellValue()).isNotEmpty();
    }
  }

  @Test
  void csvIsUtf8WithBomAndOneRecordPerRow() throws Exception {
    mvc.perform(
            get("/api/budgets/{b}/tables/{t}/export", ledger.budget, "expenditure-summary")
                .param("format", "csv"))
        .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
        .andExpect(header().string("Content-Disposition", Matchers.containsString(".csv")));
    byte[] bytes = export("/api/budgets/{b}/tables/03/export", "csv");
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines =
        List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    assertThat(lines.get(0))
        .isEqualTo(
            "行键,支出功能分类科目,政府支出经济分类科目," + "部门（单位）支出经济分类科目,合计,基本支出,项目支出,事业单位经营支出,上缴上级支出,对附属单位补助支出");
    assertThat(lines)
        .contains(
            OFFICE_ROW + ",2101501,50201,30201,10.04,10.04,,,,", "total,合 计,,,414.68,414.68,,,,");
  }

  @Test
  void jsonExportAndCsvOfAllTablesRefused() throws Exception {
    mvc.perform(get("/api/budgets/{b}/tables/03/export", ledger.budget).param("format", "json"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value("预算03表"))
        .andExpect(jsonPath("$.decimals").value(2));
    mvc.perform(get("/api/budgets/{b}/export", ledger.budget).param("format", "csv"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("format"));
  }

  private static Row find(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && cell.getStringCellValue().equals(text)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row with '" + text + "' in " + sheet.getSheetName());
  }
}
