package org.budgetledger.app.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.importer.pdf.CorpusPdf.row;
import static org.budgetledger.app.importer.pdf.CorpusPdf.table;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One table per layout family, read cell for cell as the page prints it. */
class PdfFamilyTablesTest {
  private static final String BEIJING = "beijing13-2026-2eda0861.pdf";
  private static final String SHANGHAI = "shanghai9-2026-0afcacdd.pdf";

  @Nested
  class Beijing13 {
    @Test
    void readsTheIncomeExpenditureSummaryWithItsEmptyCells() {
      PdfTable summary = table(BEIJING, "预算01表收支总表");

      assertThat(summary.unit()).isEqualTo("万元");
      assertThat(summary.pages()).containsExactly(1);
      assertThat(summary.columns()).containsExactly("收入/项目", "收入/预算数", "支出/项目", "支出/预算数");
      assertThat(summary.rows().get(0).texts())
          .containsExactly("一、一般公共预算拨款收入", "110,387.976749", "一、一般公共服务支出", "");
      assertThat(row(summary, "本年收入合计").texts())
          .containsExactly("本年收入合计", "110,387.976749", "本年支出合计", "110,896.619602");
    }

    @Test
    void joinsTheExpenditureSummaryContinuedOnTheNextPageEachRowWithItsPage() {
      PdfTable spending = table(BEIJING, "预算03表支出总表");

      assertThat(spending.pages()).containsExactly(3, 4);
      assertThat(spending.rows()).hasSize(65);
      assertThat(spending.rows().get(0).page()).isEqualTo(3);
      PdfRow onPage4 = row(spending, "2101505-医疗保障政策管理|50207-因公出国（境）费用");
      assertThat(onPage4.page()).isEqualTo(4);
      assertThat(onPage4.texts())
          .containsExactly(
              "2101505-医疗保障政策管理",
              "50207-因公出国（境）费用",
              "3021202-其他因公出国（境）费用",
              "50.332600",
              "",
              "50.332600",
              "",
              "",
              "");
      PdfRow total = spending.rows().get(spending.rows().size() - 1);
      assertThat(total.page()).isEqualTo(4);
      assertThat(total.texts().subList(0, 6))
          .containsExactly("合计", "", "", "110,896.619602", "11,161.558229", "99,735.061373");
    }

    @Test
    void readsAThreeRowHeaderAsColumnPaths() {
      assertThat(table(BEIJING, "预算05表一般公共预算支出表").columns())
          .containsExactly(
              "功能分类科目/科目编码",
              "功能分类科目/科目名称",
              "预算数/合计",
              "预算数/基本支出/小计",
              "预算数/基本支出/人员经费",
              "预算数/基本支出/公用经费",
              "预算数/项目支出/项目支出总数",
              "预算数/项目支出/扣除基建项目后预算数");
      assertThat(table(BEIJING, "预算03表支出总表").columns()).contains("其中/上缴上级支出");
    }

    @Test
    void joinsThePerformanceTableOverTwelvePagesWithItsRowsCutByThePageBreak() {
      PdfTable targets = table(BEIJING, "预算12表项目支出绩效目标表");

      assertThat(targets.pages()).containsExactly(15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26);
      assertThat(row(targets, "11000022Y000000446032-法制政府建设经费").texts().subList(0, 3))
          .containsExactly("11000022Y000000446032-法制政府建设经费", "86.000000", "86.000000");
      // The header is printed again on every page, and read once.
      assertThat(targets.rows()).noneMatch(r -> r.text(0).equals("项目名称"));
    }
  }

  @Test
  void centralMinistryOfFinanceTemplate() {
    PdfTable summary = table("central-mof-2026-a926cacd.pdf", "部门收支总表");

    assertThat(summary.unitLine()).isEqualTo("单位：万元");
    assertThat(summary.rows().get(0).texts())
        .containsExactly("一、一般公共预算拨款收入", "16,474.82", "一、一般公共服务支出", "47,179.30");
    assertThat(summary.rows().get(1).texts())
        .containsExactly("二、政府性基金预算拨款收入", "", "二、教育支出", "118.01");
    assertThat(table("central-mof-2026-a926cacd.pdf", "部门收入总表").columns())
        .contains("事业收入/金额", "事业收入/其中:教育收费");
  }

  @Nested
  class Shanghai9 {
    @Test
    void readsClassSectionItemColumnsInYuan() {
      PdfTable income = table(SHANGHAI, "2026年预算单位收入预算总表");

      assertThat(income.unit()).isEqualTo("元");
      assertThat(income.columns().subList(0, 5))
          .containsExactly(
              "项目/功能分类科目编码/类", "项目/功能分类科目编码/款", "项目/功能分类科目编码/项", "项目/功能分类科目名称", "收入预算/合计");
      assertThat(row(income, "208|05|02").texts())
          .containsExactly("208", "05", "02", "事业单位离退休", "720,660", "720,660", "", "", "");
      assertThat(income.pages()).containsExactly(8, 9);
    }

    @Test
    void readsTheThreePublicExpensesTableInWanYuanInsideAYuanDocument() {
      PdfTable sanGong = table(SHANGHAI, "2026年单位“三公”经费和机关运行经费预算表");

      assertThat(sanGong.unit()).isEqualTo("万元");
      assertThat(sanGong.unitLine()).endsWith("单位:万元");
      assertThat(sanGong.rows())
          .singleElement()
          .extracting(PdfRow::texts)
          .isEqualTo(List.of("20.8", "10.0", "1.2", "9.6", "", "9.6", ""));
      assertThat(table(SHANGHAI, "2026年预算单位财务收支预算总表").unit()).isEqualTo("元");
    }
  }

  @Test
  void shenzhenDropsTheHeaderRepeatedOnEveryPage() {
    PdfTable summary = table("shenzhen-2026-c9051f27.pdf", "收支总表");

    assertThat(summary.pages()).containsExactly(18, 19, 20);
    assertThat(summary.columns()).containsExactly("收入/项目", "收入/2026年预算数", "支出/项目", "支出/2026年预算数");
    assertThat(summary.rows()).noneMatch(r -> r.text(0).equals("项目"));
    assertThat(row(summary, "1.一般公共预算拨款").texts())
        .containsExactly("1.一般公共预算拨款", "54,547.39", "进修及培训", "16.38");
    assertThat(row(summary, "||行政运行").page()).isEqualTo(19);
  }

  @Test
  void guangzhouPrintsCodesInBrackets() {
    PdfTable general = table("guangzhou-2026-c04460f2.pdf", "一般公共预算支出情况表（按功能分类科目）");

    assertThat(general.pages()).containsExactly(14, 15);
    assertThat(row(general, "[2050302]").texts())
        .containsExactly("[2050302]中等职业教育", "26.69", "0.00", "26.69");
  }

  @Test
  void hangzhouJoinsANameWrappedInsideItsCell() {
    String file = "hangzhou-zhejiang-2026-e488d331.pdf";
    PdfTable summary = table(file, "表1：2026年市级部门收支预算总表");

    assertThat(summary.unit()).isEqualTo("万元");
    assertThat(summary.rows().get(0).texts())
        .containsExactly("一、财政拨款", "636376.38", "一般公共服务支出", "6651.38");
    // Printed on two lines in its cell.
    assertThat(row(summary, "||其他人力资源和社会保障管理事务支出").texts())
        .containsExactly("", "", "其他人力资源和社会保障管理事务支出", "58.84");
    // The row of column numbers (** 1 2 3 …) is no part of the header paths.
    assertThat(table(file, "表5：2026年市级部门一般公共预算支出预算表").columns())
        .containsExactly("功能分类科目名称", "合计", "基本支出/小计", "基本支出/人员经费", "基本支出/日常公用支出", "项目支出");
  }

  @Test
  void jiangsuReadsSideBySideBlocks() {
    PdfTable summary = table("jiangsu-2019-d64c3b59.pdf", "收支预算总表");

    assertThat(summary.columns())
        .containsExactly(
            "收入/项目名称", "收入/金额", "支出/功能分类/功能科目名称", "支出/功能分类/金额", "支出/支出用途/项目名称", "支出/支出用途/金额");
    assertThat(summary.rows().get(0).texts())
        .containsExactly("一、财政拨款", "24,169.74", "一、一般公共服务支出", "", "一、基本支出", "15,844.04");
    assertThat(table("jiangsu-2026-17a8236f.pdf", "收支总表").rows().get(4).texts())
        .containsExactly("五、事业收入", "6,577.00", "五、教育支出", "366,490.44");
  }

  @Test
  void xianReadsFourBlocksInYuan() {
    PdfTable summary = table("xian-2026-838aeef9.pdf", "部门综合预算收支总表");

    assertThat(summary.unit()).isEqualTo("元");
    assertThat(summary.columns()).hasSize(8);
    assertThat(summary.rows().get(1).texts())
        .containsExactly(
            "1、财政拨款",
            "3,246,385,029.74",
            "1、一般公共服务支出",
            "",
            "1、人员经费和公用经费支出",
            "2,291,949,163.84",
            "1、机关工资福利支出",
            "2,024,615,340.85");
  }

  @Test
  void yantaiReadsItsSummaryAndItsElevenPageProjectTable() {
    String file = "yantai-2026-8bfe1f02.pdf";
    assertThat(table(file, "收支总体情况表").rows().get(3).texts())
        .containsExactly("国有资本经营预算收入", "", "四、教育支出", "313,068.64");
    PdfTable projects = table(file, "项目支出预算情况表");
    assertThat(projects.pages()).containsExactly(27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37);
    assertThat(projects.columns().subList(3, 7))
        .containsExactly("财政拨款/小计", "财政拨款/一般公共预算", "财政拨款/政府性基金预算", "财政拨款/国有资本经营预算");
  }

  @Test
  void changshaReadsItsSummary() {
    PdfTable summary = table("changsha-2025-e293995d.pdf", "2025年部门收支总体情况表");

    assertThat(summary.unitLine()).isEqualTo("单位名称：长沙市公安局 单位：万元");
    assertThat(summary.rows().get(0).texts())
        .containsExactly("一、本级财政拨款收入", "68,632.12", "一、基本支出", "28,398.17");
    assertThat(summary.rows().get(2).texts()).containsExactly("三、事业单位经营服务收入", "", "三、事业单位经营支出", "");
  }

  @Test
  void quanzhouReadsItsSummaryAndTitlesWrappedOverTwoLines() {
    String file = "quanzhou-2026-6bcadf36.pdf";
    assertThat(table(file, "2026年度收支预算总表").rows().get(3).texts())
        .containsExactly("四、财政专户管理资金收入", "0.00", "四、公共安全支出", "68489.27");
    assertThat(CorpusPdf.read(file).tables())
        .extracting(PdfTable::title)
        .contains("公务用车购置项目绩效目标表")
        .allSatisfy(t -> assertThat(t).isNotIn("表", "标表", "目标表"));
  }
}
