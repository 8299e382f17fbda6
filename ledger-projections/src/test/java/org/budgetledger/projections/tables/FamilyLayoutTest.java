package org.budgetledger.projections.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A family's frame on a rebuilt table: its printed number, title, unit, decimals, and its header
 * words on the columns it names, in the column and in the header cell that is that column's leaf.
 */
class FamilyLayoutTest {
  static final List<Column> COLUMNS =
      List.of(
          new Column("total", "合计"),
          new Column("GENERAL_BUDGET", "一般公共预算资金"),
          new Column("BUSINESS_INCOME", "事业收入"));

  static DisclosureTable income(List<List<HeaderCell>> header) {
    return new DisclosureTable(
        TableKind.INCOME_SUMMARY,
        "预算02表",
        "收入总表",
        TableFrame.UNIT_LABEL,
        header,
        COLUMNS,
        List.of(),
        List.of());
  }

  static FamilyLayout jiangsu(Map<String, String> headers) {
    return new FamilyLayout(
        "jiangsu",
        Map.of(
            TableKind.INCOME_SUMMARY,
            new FamilyLayout.Frame("公开02表", "02", "收入总表", false, 2, headers)));
  }

  @Test
  void theLeafCellOfANamedColumnTakesThePrintedWords() {
    var header =
        List.of(
            List.of(new HeaderCell("合计", 1, 2), new HeaderCell("本年收入", 2, 1)),
            List.of(HeaderCell.of("一般公共预算资金"), HeaderCell.of("事业收入")));

    DisclosureTable framed =
        jiangsu(Map.of("GENERAL_BUDGET", "一般公共预算", "total", "总计")).apply(income(header));

    assertThat(framed.number()).isEqualTo("公开02表");
    assertThat(framed.unitLabel()).isEqualTo("金额单位：万元");
    assertThat(framed.decimals()).isEqualTo(2);
    assertThat(framed.columns()).extracting(Column::label).containsExactly("总计", "一般公共预算", "事业收入");
    assertThat(framed.header().get(0))
        .containsExactly(new HeaderCell("总计", 1, 2), new HeaderCell("本年收入", 2, 1));
    assertThat(framed.header().get(1))
        .containsExactly(HeaderCell.of("一般公共预算"), HeaderCell.of("事业收入"));
  }

  @Test
  void aHeaderThatDoesNotLayOutOverTheColumnsKeepsItsWords() {
    var tooWide = List.of(List.of(new HeaderCell("本年收入", 4, 1)));

    DisclosureTable framed = jiangsu(Map.of("GENERAL_BUDGET", "一般公共预算")).apply(income(tooWide));

    assertThat(framed.header()).isEqualTo(tooWide);
    assertThat(framed.columns().get(1).label()).isEqualTo("一般公共预算");
  }

  @Test
  void aNumberIsReadInTheFamilysNumbering() {
    FamilyLayout layout = jiangsu(Map.of());
    assertThat(layout.numbered("02")).contains(TableKind.INCOME_SUMMARY);
    assertThat(layout.numbered("2")).contains(TableKind.INCOME_SUMMARY);
    assertThat(layout.numbered("公开 02表")).contains(TableKind.INCOME_SUMMARY);
    assertThat(layout.numbered("预算02表")).isEmpty();
    assertThat(layout.numbered("3")).isEmpty();
  }

  @Test
  void aNumberInChineseNumeralsIsReadAsPrinted() {
    FamilyLayout quanzhou =
        new FamilyLayout(
            "quanzhou",
            Map.of(
                TableKind.EXPENDITURE_SUMMARY,
                new FamilyLayout.Frame("三", "三", "2026年度支出预算总表", false, 2, Map.of())));
    assertThat(quanzhou.numbered("三")).contains(TableKind.EXPENDITURE_SUMMARY);
    assertThat(quanzhou.numbered("3")).isEmpty();
  }
}
