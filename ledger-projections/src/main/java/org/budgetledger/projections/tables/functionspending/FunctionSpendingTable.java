package org.budgetledger.projections.tables.functionspending;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * Spending by 支出功能分类 for one group of funds and kinds (财政拨款支出表, 一般公共预算基本支出表 by function): the
 * ledger's lines the filter selects, summed by function code. Unlike 一般公共预算支出表, whose 类 and 款 rows
 * are compared with its items summed, these tables are rebuilt with their 类 and 款 rows ({@link
 * RowType#SUBTOTAL}, keyed by the 3- or 5-digit code, every line under the prefix) because that is
 * how every family prints them: a printed 类 row is compared with the ledger's own 类, never with a
 * figure the document supplies.
 *
 * <p>Row keys: the function code ({@code 205}, {@code 20501}, {@code 2050101}) in code order, and
 * {@code total}. Columns: {@code functionCode}, {@code functionName}, then the measures of the
 * table among {@code total}, {@code basic}, {@code personnel}, {@code public}, {@code project}.
 */
public final class FunctionSpendingTable {
  private FunctionSpendingTable() {}

  /** The table of {@code kind} over the spending {@code base} selects, with {@code measures}. */
  public static DisclosureTable build(
      BudgetView view, TableKind kind, LegFilter base, List<String> measures) {
    TreeSet<String> codes = new TreeSet<>();
    view.lines().stream()
        .map(LineBalance::key)
        .filter(base::matches)
        .map(k -> k.function().value())
        .forEach(
            code -> {
              // the 类 and 款 above each line: a line coarser than 项 stands at its own grain
              for (int length : new int[] {3, 5, 7}) {
                if (code.length() >= length) {
                  codes.add(code.substring(0, length));
                }
              }
              codes.add(code);
            });
    List<TableRow> rows = new ArrayList<>();
    for (String code : codes) {
      boolean finest = codes.higher(code) == null || !codes.higher(code).startsWith(code);
      LegFilter row = finest ? base.function(code).exact() : base.function(code);
      List<TableCell> cells = new ArrayList<>();
      cells.add(Cells.text("functionCode", code));
      cells.add(Cells.text("functionName", CodeLabels.functionName(view, code)));
      cells.addAll(figures(view, row, measures));
      if (cells.stream().anyMatch(c -> c.isMoney() && !c.amount().isZero())) {
        rows.add(new TableRow(code, finest ? RowType.DETAIL : RowType.SUBTOTAL, cells));
      }
    }
    List<TableCell> total = new ArrayList<>();
    total.add(Cells.text("functionCode", ""));
    total.add(Cells.text("functionName", TableFrame.TOTAL_LABEL));
    total.addAll(figures(view, base, measures));
    rows.add(new TableRow("total", RowType.TOTAL, total));
    return TableFrame.table(view, kind, header(measures), columns(measures), rows, List.of());
  }

  private static List<TableCell> figures(BudgetView view, LegFilter row, List<String> measures) {
    List<TableCell> cells = new ArrayList<>();
    for (String measure : measures) {
      cells.add(Cells.legs(measure, view, of(row, measure)));
    }
    return cells;
  }

  /** The legs of one measure in a row: the kinds the column's words mean (DOMAIN §2). */
  static LegFilter of(LegFilter row, String measure) {
    return switch (measure) {
      case "basic" -> row.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC);
      case "personnel" -> row.kinds(ExpenditureKind.BASIC_PERSONNEL);
      case "public" -> row.kinds(ExpenditureKind.BASIC_PUBLIC);
      case "project" -> row.kinds(ExpenditureKind.PROJECT);
      default -> row;
    };
  }

  private static List<List<HeaderCell>> header(List<String> measures) {
    List<HeaderCell> top = new ArrayList<>(List.of(HeaderCell.of("科目编码"), HeaderCell.of("科目名称")));
    columns(measures).stream().skip(2).forEach(c -> top.add(HeaderCell.of(c.label())));
    return List.of(top);
  }

  private static List<Column> columns(List<String> measures) {
    List<Column> columns =
        new ArrayList<>(
            List.of(new Column("functionCode", "科目编码"), new Column("functionName", "科目名称")));
    for (String measure : measures) {
      columns.add(new Column(measure, label(measure)));
    }
    return columns;
  }

  private static String label(String measure) {
    return switch (measure) {
      case "basic" -> "基本支出";
      case "personnel" -> "人员经费";
      case "public" -> "公用经费";
      case "project" -> "项目支出";
      default -> "合计";
    };
  }
}
