package org.budgetledger.projections.checks;

import static org.assertj.core.api.Assertions.assertThat;

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
 * 杭州市公安局 2026 表6 (page 28) prints 30399 其他对个人和家庭的补助 2,542.76 = 117.38 人员经费 + 2,425.38 日常公用支出:
 * imported as printed, reported as a WARN of the code checks, naming the row and column.
 */
class BasicKindChecksTest {

  private static TableCell money(String column, String wan, int line) {
    return TableCell.money(column, Fen.parseWan(wan), new CellSource.Printed(line, wan), 2);
  }

  private static TableRow row(String code, String total, String personnel, String pub, int line) {
    return new TableRow(
        "-|" + code.substring(0, 5),
        RowType.DETAIL,
        List.of(
            TableCell.text("govEconomic", ""),
            TableCell.text("deptEconomic", code),
            money("total", total, line),
            money("personnel", personnel, line),
            money("public", pub, line)));
  }

  private static List<Finding> checks(List<TableRow> rows) {
    List<Column> columns =
        rows.get(0).cells().stream().map(c -> new Column(c.columnKey(), c.columnKey())).toList();
    DisclosureTable basic =
        new DisclosureTable(
            TableKind.GENERAL_BUDGET_BASIC,
            "预算06表",
            "一般公共预算基本支出表",
            "万元",
            List.of(),
            columns,
            rows,
            List.of());
    TableSet set =
        new TableSet(
            DisclosureFormat.MUNICIPAL,
            2,
            false,
            Map.of(TableKind.GENERAL_BUDGET_BASIC, basic),
            List.of(),
            List.of());
    return DocumentChecks.standard()
        .run(new CheckedDocument("hangzhou", 2026, DocumentScope.DEPARTMENT, set, List.of(), null))
        .findings()
        .stream()
        .filter(f -> f.rule().equals("基本支出经济分类与人员/公用经费一致"))
        .toList();
  }

  @Test
  void warnsOfAPersonnelCodePrintedUnderPublicSpending() {
    List<Finding> found =
        checks(
            List.of(
                row("30101-基本工资", "22519.16", "22519.16", "0", 40),
                row("30399-其他对个人和家庭的补助", "2542.76", "117.38", "2425.38", 77)));

    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.kind()).isEqualTo(CheckKind.CODE);
    assertThat(f.status()).isEqualTo(CheckStatus.WARN);
    assertThat(f.message()).contains("30399", "公用经费", "2425.38", "地方口径可能不同");
    assertThat(f.place().rowKey()).isEqualTo("-|30399");
    assertThat(f.place().columnKey()).isEqualTo("public");
    assertThat(f.place().lineNo()).isEqualTo(77);
  }

  @Test
  void saysNothingWhereEveryCodeIsInItsOwnColumn() {
    assertThat(
            checks(
                List.of(
                    row("30101-基本工资", "22519.16", "22519.16", "0", 40),
                    row("30201-办公费", "650.53", "0", "650.53", 41))))
        .isEmpty();
  }
}
