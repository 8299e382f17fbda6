package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.PrintedSum;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/** Reads the figures of a {@link TableSet} for the rules: an absent cell is an empty one, zero. */
public final class Figures {
  private final TableSet set;

  private static final java.util.Set<String> FISCAL_SOURCES =
      java.util.Set.of("income:GENERAL_BUDGET", "income:GOVERNMENT_FUND", "income:STATE_CAPITAL");

  public Figures(TableSet set) {
    this.set = set;
  }

  public boolean has(TableKind kind) {
    return set.table(kind).isPresent();
  }

  public List<TableRow> rows(TableKind kind, Predicate<TableRow> which) {
    return set.table(kind).map(t -> t.rows().stream().filter(which).toList()).orElse(List.of());
  }

  /** The table's columns; none where the set lacks it. */
  List<org.budgetledger.projections.tables.Column> columns(TableKind kind) {
    return set.table(kind).map(t -> t.columns()).orElse(List.of());
  }

  List<TableRow> details(TableKind kind) {
    return rows(kind, r -> r.type() == RowType.DETAIL);
  }

  /**
   * A balance sheet's income rows of the year: its sources, or the fiscal subtotal (本级财政拨款收入) where
   * a family prints it without them and the rebuilt table holds it beside them; never both.
   */
  List<TableRow> incomeRows(TableKind kind) {
    List<TableRow> below = incomeRowsBelowSubtotal(kind);
    List<TableRow> income =
        rows(kind, incomeSources()).stream().filter(r -> !below.contains(r)).toList();
    boolean unitFundsParts = income.stream().anyMatch(r -> UNIT_FUNDS_PARTS.contains(r.key()));
    return income.stream()
        .filter(r -> printsFiscalSubtotalAlone(kind) || !isFiscalSubtotal(r))
        // 单位资金 printed above the sources it sums (Shenzhen) is counted once, by its parts
        .filter(r -> !(unitFundsParts && r.key().equals(PrintedBalanceRows.UNIT_FUNDS_INCOME)))
        .toList();
  }

  private static final java.util.Set<String> UNIT_FUNDS_PARTS =
      PrintedBalanceRows.UNIT_FUNDS_PARTS.stream()
          .filter(f -> f != org.budgetledger.core.model.FundSource.UNIT_FUNDS)
          .map(f -> "income:" + f.name())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Sources printed below 本年收入合计 (Yantai's 上级补助收入): not part of it, part of 收入总计 beside the 上年结转结余.
   * Only where the 合计 closes sources printed above it: a 财政拨款收支总表 prints 一、本年收入 as the heading of
   * the sources under it, which are all of it.
   */
  List<TableRow> incomeRowsBelowSubtotal(TableKind kind) {
    List<TableRow> all = set.table(kind).map(t -> t.rows()).orElse(List.of());
    List<TableRow> below = new ArrayList<>();
    boolean sourcesAbove = false;
    boolean afterSubtotal = false;
    for (TableRow row : all) {
      boolean source = incomeSources().test(row);
      if (row.key().equals("totals:currentYear")) {
        if (!sourcesAbove) {
          return List.of();
        }
        afterSubtotal = true;
      } else if (afterSubtotal && source) {
        below.add(row);
      }
      sourcesAbove |= source;
    }
    return below;
  }

  /** Whether a balance sheet prints 本级财政拨款收入 and none of the fiscal sources it sums. */
  boolean printsFiscalSubtotalAlone(TableKind kind) {
    return !rows(kind, Figures::isFiscalSubtotal).isEmpty()
        && rows(kind, r -> FISCAL_SOURCES.contains(r.key())).isEmpty();
  }

  /** Whether a balance sheet lists its spending by 类 (not by use only). */
  boolean printsClasses(TableKind kind) {
    return !rows(kind, keyStarts("spending:")).isEmpty()
        || rows(kind, keyStarts(PrintedBalanceRows.USE)).isEmpty();
  }

  /** A balance sheet's spending rows: by 类, or by use where a family prints no 类 (基本支出 …). */
  List<TableRow> spendingRows(TableKind kind) {
    List<TableRow> classes = rows(kind, keyStarts("spending:"));
    // a use's 部门经济分类 类 (spendingUse:basic:301) is a part of its use, not a use of its own
    return classes.isEmpty()
        ? rows(
            kind,
            keyStarts(PrintedBalanceRows.USE).and(r -> !PrintedBalanceRows.isUseClass(r.key())))
        : classes;
  }

  private static boolean isFiscalSubtotal(TableRow row) {
    return row.key().equals(PrintedBalanceRows.FISCAL_INCOME);
  }

  public static Predicate<TableRow> keyStarts(String prefix) {
    return r -> r.key().startsWith(prefix);
  }

  /** The income rows of a balance sheet that are sources, not a source's 其中 part. */
  public static Predicate<TableRow> incomeSources() {
    return keyStarts("income:").and(r -> !PrintedBalanceRows.isEarmarkKey(r.key()));
  }

  public RuleFigure of(TableKind kind, String rowKey, String column) {
    TableRow row = set.table(kind).flatMap(t -> t.row(rowKey)).orElse(null);
    TableCell cell = row == null ? null : row.cell(column).orElse(null);
    String label =
        set.number(kind)
            + " "
            + label(row, column, rowKey)
            + " / "
            + set.table(kind)
                .flatMap(
                    t ->
                        t.columns().stream()
                            .filter(c -> c.key().equals(column))
                            .map(c -> c.label())
                            .findFirst())
                .orElse(column);
    // a figure the ledger holds only at a coarser grain checks nothing, as one not printed
    if (cell != null && (cell.notPrinted() || cell.undetermined())) {
      return new RuleFigure(kind, rowKey, column, label, Fen.ZERO, Rounding.NOT_PRINTED, 0);
    }
    if (cell == null || !cell.isMoney()) {
      return new RuleFigure(kind, rowKey, column, label, Fen.ZERO, Rounding.EXACT_DECIMALS, 0);
    }
    return new RuleFigure(
        kind,
        rowKey,
        column,
        label,
        cell.amount(),
        set.decimalsOf(cell),
        TableSet.lineOf(cell),
        PrintedSum.count(cell));
  }

  List<RuleFigure> column(TableKind kind, List<TableRow> rows, String column) {
    return rows.stream().map(r -> of(kind, r.key(), column)).toList();
  }

  /** The figures quoted in 情况说明 under a key; they are printed values in every table set. */
  List<RuleFigure> narrative(String key) {
    List<RuleFigure> figures = new ArrayList<>();
    for (NarrativeFigure f : set.narrative()) {
      if (f.key().equals(key)) {
        figures.add(
            new RuleFigure(
                null, "narrative:" + key, "", "情况说明 " + f.label(), f.amount(), f.decimals(), 0));
      }
    }
    return figures;
  }

  /** The balance sheets label each half; other tables label a row by its first text cells. */
  private static String label(TableRow row, String column, String rowKey) {
    if (row == null) {
      return rowKey;
    }
    String side =
        column.equals("income") ? "incomeItem" : column.equals("spending") ? "spendingItem" : null;
    if (side != null) {
      return row.cell(side).map(TableCell::text).filter(t -> !t.isBlank()).orElse(rowKey);
    }
    List<String> parts = new ArrayList<>();
    for (TableCell cell : row.cells()) {
      if (cell.isMoney()) {
        break;
      }
      if (!cell.text().isBlank()) {
        parts.add(cell.text().strip());
      }
    }
    return parts.isEmpty() ? rowKey : String.join(" ", parts);
  }
}
