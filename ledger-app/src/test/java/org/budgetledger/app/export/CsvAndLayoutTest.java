package org.budgetledger.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

/** CSV quoting and the placing of multi-level headers and 收支 lines, without Spring. */
class CsvAndLayoutTest {
  static final CellSource NONE = new CellSource.Layout();

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAsRfc4180() throws Exception {
    DisclosureTable table =
        new DisclosureTable(
            TableKind.PROCUREMENT,
            "预算04表",
            "政府采购",
            "金额单位：万元",
            List.of(),
            List.of(new Column("item", "项目"), new Column("amount", "金额")),
            List.of(
                new TableRow(
                    "a",
                    RowType.DETAIL,
                    List.of(
                        TableCell.text("item", "办公,设备 \"A\""),
                        TableCell.money("amount", Fen.parseWan("1234.5"), NONE))),
                new TableRow(
                    "b",
                    RowType.DETAIL,
                    List.of(
                        TableCell.text("item", "两行\n文字"),
                        TableCell.money("amount", Fen.ZERO, NONE)))),
            List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvExporter().write(table, 2, out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFF行键,项目,金额\r\n" + "a,\"办公,设备 \"\"A\"\"\",1234.50\r\n" + "b,\"两行\n文字\",\r\n");
  }

  @Test
  void headerCellsFillTheColumnsLeftFreeByTheRowsAbove() {
    List<PlacedHeader> placed =
        HeaderGrid.place(
            List.of(
                List.of(
                    new HeaderCell("科目", 1, 2),
                    new HeaderCell("合计", 1, 2),
                    new HeaderCell("其中", 2, 1)),
                List.of(HeaderCell.of("基本"), HeaderCell.of("项目"))),
            4);
    assertThat(placed)
        .containsExactly(
            new PlacedHeader("科目", 0, 0, 2, 1),
            new PlacedHeader("合计", 0, 1, 2, 1),
            new PlacedHeader("其中", 0, 2, 1, 2),
            new PlacedHeader("基本", 1, 2, 1, 1),
            new PlacedHeader("项目", 1, 3, 1, 1));
  }

  @Test
  void balanceSheetPrintsTheNthIncomeRowBesideTheNthSpendingRow() {
    List<Column> columns =
        List.of(
            new Column("incomeItem", "收入项目"),
            new Column("income", "收入预算数"),
            new Column("spendingItem", "支出项目"),
            new Column("spending", "支出预算数"));
    TableRow income =
        new TableRow("income:A", RowType.DETAIL, List.of(TableCell.text("incomeItem", "一、拨款收入")));
    TableRow spending =
        new TableRow(
            "spending:210", RowType.DETAIL, List.of(TableCell.text("spendingItem", "一、卫生健康支出")));
    TableRow total =
        new TableRow(
            "totals:grand",
            RowType.TOTAL,
            List.of(TableCell.text("incomeItem", "收入总计"), TableCell.text("spendingItem", "支出总计")));
    DisclosureTable table =
        new DisclosureTable(
            TableKind.INCOME_EXPENDITURE_SUMMARY,
            "预算01表",
            "收支总表",
            "金额单位：万元",
            List.of(),
            columns,
            List.of(income, spending, total),
            List.of());
    List<PrintedLine> lines = PrintedLines.of(table);
    assertThat(lines)
        .extracting(PrintedLine::rowKeys)
        .containsExactly(List.of("income:A", "spending:210"), List.of("totals:grand"));
    assertThat(lines.get(0).cells().get(2).text()).isEqualTo("一、卫生健康支出");
    assertThat(lines.get(1).type()).isEqualTo(RowType.TOTAL);
  }
}
