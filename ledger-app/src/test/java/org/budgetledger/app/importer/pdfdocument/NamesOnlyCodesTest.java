package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.codes.NameReading;
import org.budgetledger.app.importer.codes.PrintedName;
import org.budgetledger.app.importer.layout.CodePrinting;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/**
 * Function codes from names printed alone (Hangzhou / Zhejiang, Shenzhen's 收支总表), resolved row by
 * row under the row above in the 2026 catalogue, the figures choosing where a name sits at two
 * levels. Codes and figures as on the pages.
 */
class NamesOnlyCodesTest {
  private static final String POLICE = "hangzhou-zhejiang-2026-c0afe4e6.pdf";
  private static final String TRANSPORT = "hangzhou-zhejiang-2026-e488d331.pdf";

  @Test
  void policeSpendingSummaryGetsTheCodesOfItsNames() {
    PublishedGrid spending = FamilyFiguresTest.table(POLICE, TableKind.EXPENDITURE_SUMMARY);
    NameReading reading = PublishedNames.resolve(spending, 2026);

    assertThat(reading.problems()).isEmpty();
    assertThat(coded(spending, reading))
        .containsSubsequence(
            "一般公共服务支出=201",
            "其他一般公共服务支出=20199",
            "其他一般公共服务支出=2019999",
            "公共安全支出=204",
            "公安=20402",
            "行政运行=2040201",
            "事业运行=2040250",
            "其他公安支出=2040299",
            "科学技术支出=206",
            "技术研究与开发=20604",
            "科技成果转化与扩散=2060404",
            "城乡社区支出=212",
            "城市基础设施配套费安排的支出=21213",
            "城市公共设施=2121301",
            "资源勘探工业信息等支出=215",
            "工业和信息产业=21505",
            "其他工业和信息产业支出=2150599");
    List<PublishedCell> row = spending.rowWith("城市公共设施").orElseThrow();
    assertThat(spending.cell(row, "total").orElseThrow().amount())
        .isEqualTo(Fen.parseWan("7,600.00"));
    assertThat(row.get(0).page()).isEqualTo(24);
  }

  @Test
  void everyNamesOnlyFunctionTableOfBothDocumentsResolves() {
    for (String file : List.of(POLICE, TRANSPORT)) {
      for (TableKind kind :
          List.of(
              TableKind.INCOME_EXPENDITURE_SUMMARY,
              TableKind.EXPENDITURE_SUMMARY,
              TableKind.FISCAL_APPROPRIATION_SUMMARY,
              TableKind.GENERAL_BUDGET_EXPENDITURE,
              TableKind.GOVERNMENT_FUND_EXPENDITURE)) {
        PublishedGrid grid = FamilyFiguresTest.table(file, kind);
        NameReading reading = PublishedNames.codes(grid, CodePrinting.NAMES_ONLY, 2026);
        assertThat(reading.problems()).as(file + " " + grid.title()).isEmpty();
        assertThat(reading.codes()).as(file + " " + grid.title()).anyMatch(c -> c.isPresent());
      }
    }
  }

  @Test
  void theFiguresTellARoadsItemOfTheSpecialBondsFromTheRoadsSection() {
    // 公路水路运输 is a 款 of 交通运输支出 and a 项 of its 超长期特别国债安排的支出; 177.92 under 177.92
    PublishedGrid fiscal =
        FamilyFiguresTest.table(TRANSPORT, TableKind.FISCAL_APPROPRIATION_SUMMARY);
    NameReading reading = PublishedNames.resolve(fiscal, 2026);

    assertThat(reading.problems()).isEmpty();
    assertThat(coded(fiscal, reading))
        .containsSubsequence(
            "交通运输支出=214",
            "公路水路运输=21401",
            "行政运行=2140101",
            "一般行政管理事务=2140102",
            "其他公路水路运输支出=2140199",
            "超长期特别国债安排的支出=21498",
            "公路水路运输=2149801",
            "其他交通运输支出=21499",
            "公共交通运营补助=2149901",
            "其他交通运输支出=2149999");
  }

  @Test
  void aLongNameWrappedInItsCellResolvesWhole() {
    // printed over two lines on page 23: 其他政府性基金及对应专项债务收入安 / 排的支出
    PublishedGrid summary =
        FamilyFiguresTest.table(TRANSPORT, TableKind.INCOME_EXPENDITURE_SUMMARY);
    NameReading reading = PublishedNames.resolve(summary, 2026);

    assertThat(reading.problems()).isEmpty();
    assertThat(coded(summary, reading))
        .containsSubsequence("其他支出=229", "其他政府性基金及对应专项债务收入安排的支出=22904", "其他政府性基金安排的支出=2290401");
    List<PublishedCell> row = summary.rowWith("其他政府性基金及对应专项债务收入安排的支出").orElseThrow();
    assertThat(row.get(0).page()).isEqualTo(23);
  }

  @Test
  void aNameTheYearsCatalogueDoesNotKnowIsAProblemNamingItsRow() {
    // 社会工作事务 entered the catalogue in 2025: read as a 2019 document, the row cannot be coded
    PublishedGrid fiscal =
        FamilyFiguresTest.table(TRANSPORT, TableKind.FISCAL_APPROPRIATION_SUMMARY);
    NameReading reading = PublishedNames.resolve(fiscal, 2019);

    assertThat(reading.resolved()).isFalse();
    assertThat(reading.problems())
        .contains(
            "第 28 页 表4：2026年市级部门财政拨款收支预算总表 第 3 行: '社会工作事务' 不是 2019 年支出功能分类的科目名称 (no such name)");
    assertThat(reading.codes()).allMatch(c -> c.isEmpty());
  }

  @Test
  void shenzhensSummaryNumbersItsClassesAndNamesTheRest() {
    PublishedGrid summary =
        FamilyFiguresTest.table("shenzhen-2026-c9051f27.pdf", TableKind.INCOME_EXPENDITURE_SUMMARY);
    NameReading reading = PublishedNames.codes(summary, CodePrinting.NAMES_ONLY, 2026);

    assertThat(reading.problems()).isEmpty();
    assertThat(coded(summary, reading))
        .containsSubsequence(
            "一、教育支出=205",
            "进修及培训=20508",
            "培训支出=2050803",
            "二、社会保障和就业支出=208",
            "退役军人管理事务=20828",
            "行政运行=2082801",
            "五、其他支出=229",
            "彩票公益金安排的支出=22960",
            "用于社会福利的彩票公益金支出=2296002")
        .doesNotContain("本年支出合计=-", "支出总计=-");
  }

  @Test
  void economicNamesOfTheBasicSpendingTableGetTheirDepartmentEconomicCodes() {
    PublishedGrid basic = FamilyFiguresTest.table(TRANSPORT, TableKind.GENERAL_BUDGET_BASIC);
    NameReading reading = PublishedNames.resolveEconomic(basic, 2026);

    assertThat(reading.problems()).isEmpty();
    List<PrintedName> rows = PublishedNames.rows(basic, java.util.Set.of("deptEconomic"));
    List<String> coded = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String name = rows.get(i).name();
      reading.codeOf(i).ifPresent(code -> coded.add(name + "=" + code));
    }
    assertThat(coded)
        .containsSubsequence(
            "工资福利支出=301",
            "基本工资=30101",
            "津贴补贴=30102",
            "商品和服务支出=302",
            "维修(护)费=30213",
            "公务接待费=30217",
            "公务用车运行维护费=30231",
            "对个人和家庭的补助=303",
            "资本性支出=310",
            "办公设备购置=31002");
    List<PublishedCell> row = basic.rowWith("维修(护)费").orElseThrow();
    assertThat(basic.cell(row, "public").orElseThrow().amount()).isEqualTo(Fen.parseWan("410.00"));
  }

  private static List<String> coded(PublishedGrid grid, NameReading reading) {
    List<PrintedName> rows = PublishedNames.rows(grid);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String name = rows.get(i).name();
      reading.codeOf(i).ifPresent(code -> out.add(name + "=" + code));
    }
    return out;
  }
}
