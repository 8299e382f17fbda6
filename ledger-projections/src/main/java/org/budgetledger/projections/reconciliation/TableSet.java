package org.budgetledger.projections.reconciliation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * The 13 tables of one department budget, either rebuilt from the ledger ({@code exact}: every
 * figure is exact fen) or as a document printed them (each money cell carries its printed decimals
 * in {@link TableCell#fixedDecimals()} and its line in {@link CellSource.Printed}). With them: the
 * figures quoted in 情况说明 and, for a document, what the parser could not read. Both kinds go through
 * the same {@link ReconciliationRules}; {@link CellComparison} compares one with the other.
 */
public record TableSet(
    DisclosureFormat format,
    int decimals,
    boolean exact,
    Map<TableKind, DisclosureTable> tables,
    List<NarrativeFigure> narrative,
    List<UnreadableCell> unreadable) {
  public TableSet {
    EnumMap<TableKind, DisclosureTable> copy = new EnumMap<>(TableKind.class);
    copy.putAll(tables);
    tables = Collections.unmodifiableMap(copy);
    narrative = List.copyOf(narrative);
    unreadable = List.copyOf(unreadable);
  }

  /** The tables the builders made from {@code view}: exact fen throughout. */
  public static TableSet rebuilt(BudgetView view, List<DisclosureTable> tables) {
    Map<TableKind, DisclosureTable> byKind = new EnumMap<>(TableKind.class);
    tables.forEach(t -> byKind.put(t.kind(), t));
    return new TableSet(
        view.header().format(),
        view.header().displayDecimals(),
        true,
        byKind,
        view.narrative(),
        List.of());
  }

  public Optional<DisclosureTable> table(TableKind kind) {
    return Optional.ofNullable(tables.get(kind));
  }

  public Optional<TableCell> cell(TableKind kind, String rowKey, String columnKey) {
    return table(kind).flatMap(t -> t.cell(rowKey, columnKey));
  }

  /** The amount of a money cell; zero when the table, row or cell is absent (printed empty). */
  public Fen amount(TableKind kind, String rowKey, String columnKey) {
    return cell(kind, rowKey, columnKey)
        .filter(TableCell::isMoney)
        .map(TableCell::amount)
        .orElse(Fen.ZERO);
  }

  /** How precisely a cell's figure is known: 6 (exact fen) or the decimals it was printed with. */
  public int decimalsOf(TableCell cell) {
    if (exact) {
      return Rounding.EXACT_DECIMALS;
    }
    return cell.fixedDecimals() == null ? decimals : cell.fixedDecimals();
  }

  /** The source line of a printed cell, 0 when it has none. */
  public static int lineOf(TableCell cell) {
    return cell.source() instanceof CellSource.Printed printed ? printed.lineNo() : 0;
  }

  /**
   * {@code 预算03表} in this set's numbering; the table's name when the numbering is unknown; for a
   * rebuilt table in its family's frame, its number as the family prints it ({@code 表1}, {@code
   * 公开01表}).
   */
  public String number(TableKind kind) {
    if (framed(kind)) {
      return tables.get(kind).number();
    }
    return format == null ? kind.chinese() : TableNumbering.label(format, kind);
  }

  /** The table's name; a rebuilt table in its family's frame: its title as the family prints it. */
  public String title(TableKind kind) {
    return framed(kind) ? tables.get(kind).title() : kind.chinese();
  }

  /** Where the table comes: a family's tables first by their printed number, then the format's. */
  public int position(TableKind kind) {
    if (framed(kind)) {
      return PrintedNumerals.value(tables.get(kind).number());
    }
    return 1000 + (format == null ? kind.ordinal() : TableNumbering.number(format, kind));
  }

  private boolean framed(TableKind kind) {
    DisclosureTable table = tables.get(kind);
    return exact
        && table != null
        && format != null
        && !table.number().equals(TableNumbering.label(format, kind));
  }
}
