package org.budgetledger.projections.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

/**
 * The decisions the seeds cannot show, on small tables in the seeds' keys: 事业收入 making 收支总表 and
 * 财政拨款收支总表 differ by exactly that money, and a table in 元 that is exact.
 */
class SyntheticTablesTest {

  private static TableRow balance(String key, String column, long fen) {
    return new TableRow(
        key,
        RowType.DETAIL,
        List.of(
            TableCell.money(
                column, Fen.of(fen), new CellSource.Printed(1, Fen.of(fen).formatWan(2)), 2)));
  }

  private static DisclosureTable table(TableKind kind, String unit, List<TableRow> rows) {
    List<Column> columns = new ArrayList<>();
    rows.get(0).cells().forEach(c -> columns.add(new Column(c.columnKey(), c.columnKey())));
    return new DisclosureTable(
        kind, kind.chinese(), kind.chinese(), unit, List.of(), columns, rows, List.of());
  }

  private static CheckReport run(Map<TableKind, DisclosureTable> tables) {
    TableSet set = new TableSet(DisclosureFormat.DISTRICT, 2, false, tables, List.of(), List.of());
    return DocumentChecks.standard()
        .run(
            new CheckedDocument("synthetic", 2026, DocumentScope.DEPARTMENT, set, List.of(), null));
  }

  @Test
  void businessIncomeMakesTheTwoSummariesDifferByExactlyThatMoney() {
    var whole =
        table(
            TableKind.INCOME_EXPENDITURE_SUMMARY,
            "万元",
            List.of(
                balance("income:GENERAL_BUDGET", "income", 100_000_000),
                balance("income:BUSINESS_INCOME", "income", 20_000_000),
                balance("totals:grand", "income", 120_000_000)));
    var fiscal =
        table(
            TableKind.FISCAL_APPROPRIATION_SUMMARY,
            "万元",
            List.of(
                balance("income:GENERAL_BUDGET", "income", 100_000_000),
                balance("totals:grand", "income", 100_000_000)));
    CheckReport report =
        run(
            Map.of(
                TableKind.INCOME_EXPENDITURE_SUMMARY,
                whole,
                TableKind.FISCAL_APPROPRIATION_SUMMARY,
                fiscal));
    Finding f =
        report.findings().stream()
            .filter(x -> x.rule().startsWith("收支总表 收入总计 = 财政拨款收支总表"))
            .findFirst()
            .get();
    assertThat(f.status()).isEqualTo(CheckStatus.PASS);
    assertThat(f.rule()).contains("非财政拨款资金");
    assertThat(f.figures())
        .extracting(c -> c.amount().value())
        .containsExactly(120_000_000L, 100_000_000L, 20_000_000L);
  }

  @Test
  void aOneYuanMissInAnExactYuanTableFails() {
    // 采购 in 元: rows 1,000 元 and 2,000 元, 合计 printed 3,001 元.
    var procurement =
        new DisclosureTable(
            TableKind.PROCUREMENT,
            "表",
            "政府采购",
            "单位：元",
            List.of(),
            List.of(new Column("category", "类别"), new Column("amount", "金额")),
            List.of(
                new TableRow(
                    "A-货物",
                    RowType.DETAIL,
                    List.of(
                        TableCell.text("category", "A-货物"),
                        TableCell.money(
                            "amount", Fen.of(100_000), new CellSource.Printed(2, "1000"), 4))),
                new TableRow(
                    "C-服务",
                    RowType.DETAIL,
                    List.of(
                        TableCell.text("category", "C-服务"),
                        TableCell.money(
                            "amount", Fen.of(200_000), new CellSource.Printed(3, "2000"), 4))),
                new TableRow(
                    "total",
                    RowType.TOTAL,
                    List.of(
                        TableCell.text("category", "合计"),
                        TableCell.money(
                            "amount", Fen.of(300_100), new CellSource.Printed(4, "3001"), 4)))),
            List.of());
    CheckReport report = run(Map.of(TableKind.PROCUREMENT, procurement));
    Finding f =
        report.findings().stream()
            .filter(x -> x.kind() == CheckKind.HIERARCHY && x.difference().value() == 100)
            .findFirst()
            .get();
    assertThat(f.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(f.message()).contains("以元为单位");
  }
}
