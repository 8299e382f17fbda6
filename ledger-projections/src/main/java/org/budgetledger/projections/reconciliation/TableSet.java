package org.budgetledger.projections.reconciliation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.core.model.TagKind;
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
 * the same {@link ReconciliationRules}; {@link CellComparison} compares one with the other. {@code
 * unit}: the unit a document states its budget in, when its reader knows it (null: its tables'
 * labels say, see {@link #documentUnit()}).
 */
public record TableSet(
    DisclosureFormat format,
    int decimals,
    boolean exact,
    Map<TableKind, DisclosureTable> tables,
    List<NarrativeFigure> narrative,
    List<UnreadableCell> unreadable,
    MoneyUnit unit) {
  public TableSet {
    EnumMap<TableKind, DisclosureTable> copy = new EnumMap<>(TableKind.class);
    copy.putAll(tables);
    tables = Collections.unmodifiableMap(copy);
    narrative = List.copyOf(narrative);
    unreadable = List.copyOf(unreadable);
  }

  /** A set whose unit its tables' labels say. */
  public TableSet(
      DisclosureFormat format,
      int decimals,
      boolean exact,
      Map<TableKind, DisclosureTable> tables,
      List<NarrativeFigure> narrative,
      List<UnreadableCell> unreadable) {
    this(format, decimals, exact, tables, narrative, unreadable, null);
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

  /**
   * The unit of a figure of no one table (a rule's sides, difference and tolerance): the one its
   * reader gave, else that of the 收支总表, else of the first table, as its family frames it (a rebuilt
   * table) or its label prints it; 万元 with no table.
   */
  public MoneyUnit documentUnit() {
    if (unit != null) {
      return unit;
    }
    return table(TableKind.INCOME_EXPENDITURE_SUMMARY)
        .or(() -> tables.values().stream().findFirst())
        .map(TableSet::unitOf)
        .orElse(MoneyUnit.WAN_YUAN);
  }

  private static MoneyUnit unitOf(DisclosureTable table) {
    String label = table.unitLabel() == null ? "" : table.unitLabel().replaceAll("\\s", "");
    boolean yuan = table.inYuan() || (label.contains("元") && !label.contains("万元"));
    return MoneyUnit.of(yuan);
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

  /**
   * How precisely a cell's figure is known: 6 (exact fen) or the decimals it was printed with. A
   * rebuilt cell adding figures recorded as printed (a project's allocation, a unit's “三公” items)
   * is as rounded as they were, so a rule adding it to the ledger's own sums allows that rounding.
   */
  public int decimalsOf(TableCell cell) {
    if (exact && !(cell.source() instanceof CellSource.Allocated) && !recordedAsPrinted(cell)) {
      return Rounding.EXACT_DECIMALS;
    }
    return cell.fixedDecimals() == null ? decimals : cell.fixedDecimals();
  }

  private static boolean recordedAsPrinted(TableCell cell) {
    return cell.source() instanceof CellSource.Tags t && t.kind() == TagKind.THREE_PUBLIC;
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
