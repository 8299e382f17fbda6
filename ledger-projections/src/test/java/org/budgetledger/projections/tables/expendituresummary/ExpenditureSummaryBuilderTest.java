package org.budgetledger.projections.tables.expendituresummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class ExpenditureSummaryBuilderTest {
  private final DisclosureTable district =
      new ExpenditureSummaryBuilder().build(SeedViews.district());
  private final DisclosureTable municipal =
      new ExpenditureSummaryBuilder().build(SeedViews.municipal());

  @Test
  void headerHasTheOfWhichColumnsUnderOneHeading() {
    List<HeaderCell> top = district.header().get(0);
    assertThat(district.header()).hasSize(2);
    assertThat(top)
        .extracting(HeaderCell::text)
        .containsExactly("支出功能分类科目", "政府支出经济分类科目", "部门（单位）支出经济分类科目", "合计", "基本支出", "项目支出", "其中");
    assertThat(top.subList(0, 6)).allMatch(c -> c.rowSpan() == 2 && c.colSpan() == 1);
    assertThat(top.get(6)).isEqualTo(new HeaderCell("其中", 3, 1));
    assertThat(district.header().get(1))
        .extracting(HeaderCell::text)
        .containsExactly("事业单位经营支出", "上缴上级支出", "对附属单位补助支出");
    assertThat(district.columns())
        .extracting(Column::key)
        .containsExactly(
            "function",
            "govEconomic",
            "deptEconomic",
            "total",
            "basic",
            "project",
            "operating",
            "remitted",
            "affiliateSubsidy");
    assertThat(municipal.header().get(0).get(2).text()).isEqualTo("部门支出经济分类科目");
    assertThat(district.number()).isEqualTo("预算03表");
    assertThat(district.title()).isEqualTo("2026年部门（单位）支出预算总表");
    assertThat(municipal.title()).isEqualTo("支出总表");
  }

  @Test
  void sumsBothUnitsIntoOneRowPerFunctionAndEconomicCodes() {
    assertThat(amount(district, "2101501|50101|30102", "total")).isEqualTo(Fen.of(1_124_950_000L));
    assertThat(amount(district, "2101501|50101|30102", "basic")).isEqualTo(wan("1124.95"));
    assertThat(amount(district, "2101501|50101|30101", "total")).isEqualTo(wan("404.14"));
    assertThat(amount(district, "2101501|50101|30102", "project")).isEqualTo(Fen.ZERO);
    assertThat(text(district, "2101501|50101|30101", "function")).isEqualTo("2101501-行政运行");
    assertThat(text(district, "2101501|50101|30101", "deptEconomic")).isEqualTo("30101-基本工资");
  }

  @Test
  void keepsAParentCodeApartFromItsSevenDigitChild() {
    assertThat(amount(district, "2101501|50201|30211", "total")).isEqualTo(wan("0.99"));
    assertThat(amount(district, "2101501|50201|3021101", "total")).isEqualTo(wan("0.5"));
  }

  @Test
  void givesSpendingWithoutEconomicDetailItsOwnLabelledRow() {
    TableRow row = district.row("210|-|-").orElseThrow();

    assertThat(text(district, "210|-|-", "function")).isEqualTo("210-卫生健康支出（明细未列示）");
    assertThat(amount(district, "210|-|-", "total")).isEqualTo(wan("12.345678"));
    assertThat(row.cell("total").orElseThrow().source())
        .isEqualTo(
            new CellSource.Legs(
                // lines without a 政府 code: those with no codes, and those with only a 部门 one
                LegFilter.spending().function("210").govEconomic("-").exact()));
    assertThat(amount(municipal, "210|-|-", "project")).isEqualTo(wan("81779"));
  }

  @Test
  void rowsAreSortedByCodesAndTotalLast() {
    assertThat(district.rows())
        .extracting(TableRow::key)
        .containsExactly(
            "2080501|50299|30299",
            "210|-|-",
            "2101199|50901|30307",
            "2101501|50101|30101",
            "2101501|50101|30102",
            "2101501|50201|30211",
            "2101501|50201|3021101",
            "2101501|50299|30299",
            "2101502|50205|30227",
            "2109999|50901|30307",
            "2210201|50103|30113",
            "total");
  }

  @Test
  void totalIsBasicPlusProjectAndTheSumOfTheRows() {
    for (DisclosureTable table : List.of(district, municipal)) {
      for (TableRow row : table.rows()) {
        assertThat(amount(table, row.key(), "total"))
            .as(row.key())
            .isEqualTo(amount(table, row.key(), "basic").plus(amount(table, row.key(), "project")));
        assertThat(amount(table, row.key(), "operating")).isEqualTo(Fen.ZERO);
      }
      Fen details =
          table.rows().stream()
              .filter(r -> r.type() == RowType.DETAIL)
              .map(r -> amount(table, r.key(), "total"))
              .reduce(Fen.ZERO, Fen::plus);
      assertThat(amount(table, "total", "total")).isEqualTo(details);
    }
    assertThat(amount(district, "total", "total")).isEqualTo(wan("41683.865678"));
    assertThat(amount(district, "total", "basic")).isEqualTo(wan("1776.52"));
    assertThat(amount(municipal, "total", "total")).isEqualTo(wan("92351.933484"));
  }
}
