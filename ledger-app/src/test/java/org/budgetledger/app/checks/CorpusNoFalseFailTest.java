package org.budgetledger.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.DocumentChecks;
import org.budgetledger.projections.checks.Finding;
import org.budgetledger.projections.checks.Place;
import org.junit.jupiter.api.Test;

/**
 * Every corpus PDF, its tables read through its family's profile where one maps: the only FAILs are
 * the documents' own errors, each read against its PDF page (README, "Every FAIL was read against
 * the document"), listed here by document, rule and place so that a new FAIL, a lost one or one
 * that moves shows; where a rule cannot decide, it says WARN and why.
 */
class CorpusNoFalseFailTest {
  /** The FAILs each document has, as "rule @ place"; every other document has none. */
  static final Map<String, List<String>> DOCUMENTS_OWN =
      Map.of(
          // p.3, p.7: 81,779.000000 万元 of rows the PDF does not print.
          "beijing13-2026-2eda0861.pdf",
          List.of(
              "一般公共预算支出表 各行之和 = 合计行（合计） @ 预算05表 一般公共预算财政拨款支出表 total total",
              "一般公共预算支出表 各行之和 = 合计行（扣除基建项目后预算数） @ 预算05表 一般公共预算财政拨款支出表 total"
                  + " projectExcludingCapital",
              "一般公共预算支出表 各行之和 = 合计行（项目支出总数） @ 预算05表 一般公共预算财政拨款支出表 total project",
              "支出总表 210 类各行之和 = 收支总表 该类支出 @ 预算01表 收支总表 spending:210 spending",
              "支出总表 各行之和 = 合计行（合计） @ 预算03表 支出总表 total total",
              "支出总表 各行之和 = 合计行（项目支出） @ 预算03表 支出总表 total project"),
          // p.18 18,728.91 against 18,728.94 (twice: the table, its items); p.25 31.35%; p.34 name.
          "central-mof-2026-a926cacd.pdf",
          List.of(
              "列举各项之和等于总数 @ 第 18 页", "增减率重算 @ 第 25 页", "文字金额与表格一致 @ 第 18 页", "科目名称为当年名称 @ 第 34 页"),
          // p.22 收支总表 prints 一般公共服务支出 6651.38 where its rows, its 合计 and the text give
          // 6,701.98; p.30-31 表5 prints 公路水路运输 97,402.60 where its 项 add to 97,453.20.
          "hangzhou-zhejiang-2026-e488d331.pdf",
          List.of(
              "一般公共预算支出表 各行之和 = 合计行（合计） @ 预算05表 一般公共预算财政拨款支出表 total total",
              "一般公共预算支出表 合计 = 收入总表 一般公共预算（本年 + 上年结转） @ 预算05表 一般公共预算财政拨款支出表" + " total total",
              "支出总表 201 类各行之和 = 收支总表 该类支出 @ 预算01表 收支总表 spending:201 spending",
              "收支总表 本年支出合计 = 各类支出之和 @ 预算01表 收支总表 totals:currentYear spending",
              "文字金额与表格一致 @ 第 6 页",
              // the 款 row itself, read since its 类 and 款 rows are (s10-classrows)
              "预算05表 款 = Σ项（21401，合计） @ 预算05表 一般公共预算财政拨款支出表 X39FE30-U1|21401 total",
              // p.30 its 基本支出/小计, read since s11-fnbasic: 82,479.29 in 合计 and 51,417.49 in 214 and
              // 21401, each 50.60 short of its own 人员经费 + 日常公用支出 (67,627.51 + 14,902.37; 41,277.20
              // +
              // 10,190.89) and of 基本支出表's 合计
              "一般公共预算支出表 各行之和 = 合计行（基本支出小计） @ 预算05表 一般公共预算财政拨款支出表 total basic",
              "一般公共预算支出表 基本支出 = 人员经费 + 公用经费（214 交通运输支出） @ 预算05表 一般公共预算财政拨款支出表"
                  + " X39FE30-U1|214 basic",
              "一般公共预算支出表 基本支出 = 人员经费 + 公用经费（21401 公路水路运输） @ 预算05表 一般公共预算财政拨款支出表"
                  + " X39FE30-U1|21401 basic",
              "一般公共预算支出表 基本支出 = 人员经费 + 公用经费（合 计） @ 预算05表 一般公共预算财政拨款支出表 total basic",
              "基本支出表 合计行 = 一般公共预算支出表 合计行（基本支出小计） @ 预算06表 一般公共预算财政拨款基本支出表 total total",
              "预算05表 款 = Σ项（21401，基本支出小计） @ 预算05表 一般公共预算财政拨款支出表 X39FE30-U1|21401 basic"),
          // p.32-33 表10 lists projects adding up to 106,313.00 (一般公共预算 76,828.38) under its 合计
          // 106,512.00 (77,027.38): 199.00 of projects not listed; every row of the pages is read
          // (s12-projects, since the projects are compared); p.29 表7's nine units' 公务用车运行维护费 add
          // to 2,843.20 under its 合计 2,987.20, its 小计 and 合计 144.00 short with it (its units'
          // rows read since s13-sangong)
          "hangzhou-zhejiang-2026-c0afe4e6.pdf",
          List.of(
              "项目支出表 各项目之和 = 合计行（一般公共预算） @ 预算16表 项目支出表 total GENERAL_BUDGET",
              "项目支出表 各项目之和 = 合计行（合计） @ 预算16表 项目支出表 total total",
              "“三公”经费 各单位行之和 = 部门行（“三公”经费财政拨款预算总额） @ 预算09表 “三公”经费支出表 2026 total",
              "“三公”经费 各单位行之和 = 部门行（公务用车购置及运行维护费小计） @ 预算09表 “三公”经费支出表 2026 vehicles",
              "“三公”经费 各单位行之和 = 部门行（公务用车运行维护费） @ 预算09表 “三公”经费支出表 2026" + " vehicleOperation"),
          // p.14 a 2018 class name; p.29 34.38% for 34.36%.
          "jiangsu-2019-d64c3b59.pdf",
          List.of("增减率重算 @ 第 29 页", "科目名称为当年名称 @ 第 14 页"));

  @Test
  void theOnlyFailuresAreTheDocumentsOwn() throws IOException {
    List<Path> pdfs;
    try (var files = Files.list(CorpusTextChecksTest.PDF)) {
      pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(pdfs).hasSize(18);
    SoftAssertions soft = new SoftAssertions();
    for (Path pdf : pdfs) {
      CheckReport report = DocumentChecks.standard().run(DocumentSources.read(pdf));
      String name = pdf.getFileName().toString();
      soft.assertThat(failures(report))
          .as(name)
          .containsExactlyInAnyOrderElementsOf(DOCUMENTS_OWN.getOrDefault(name, List.of()));
    }
    soft.assertAll();
  }

  static List<String> failures(CheckReport report) {
    return report.findings().stream()
        .filter(f -> f.status() == CheckStatus.FAIL)
        .map(f -> f.rule() + " @ " + where(f))
        .sorted()
        .toList();
  }

  /**
   * A table cell by its table, row and column; a text line by its page: the line numbers of the
   * rendered text move whenever the PDF reader changes, the printed places do not.
   */
  static String where(Finding f) {
    Place p = f.place();
    if (p.table() != null) {
      return (p.tableLabel() + " " + p.rowKey() + " " + p.columnKey()).strip();
    }
    return "第 " + p.page() + " 页";
  }
}
