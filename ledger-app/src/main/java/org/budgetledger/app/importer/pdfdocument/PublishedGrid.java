package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import java.util.Optional;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;

/**
 * A published table read through its family's profile: its content ({@code kind} when one of the
 * canonical 13, else the family's own content name), the title as printed, its unit (元 or 万元, from
 * its own label, else the profile's), its pages, one canonical measure per column (null when
 * unknown) and its body rows of cells with their places; {@code label} its number as printed
 * ({@code 公开01表}, null when it prints none) and {@code headers} each column's header path as
 * printed ({@code 本年收入/事业收入}), which the rebuilt table shows in the family's frame.
 */
public record PublishedGrid(
    String content,
    TableKind kind,
    String title,
    MoneyUnit unit,
    List<Integer> pages,
    List<String> measures,
    List<List<PublishedCell>> rows,
    String label,
    List<String> headers) {
  public PublishedGrid {
    headers = headers == null ? List.of() : List.copyOf(headers);
    pages = List.copyOf(pages);
    measures = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(measures));
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A grid read without its printed number and headers. */
  public PublishedGrid(
      String content,
      TableKind kind,
      String title,
      MoneyUnit unit,
      List<Integer> pages,
      List<String> measures,
      List<List<PublishedCell>> rows) {
    this(content, kind, title, unit, pages, measures, rows, null, List.of());
  }

  /** The same table with other body rows: its header, unit and places as read. */
  public PublishedGrid withRows(List<List<PublishedCell>> rows) {
    return new PublishedGrid(content, kind, title, unit, pages, measures, rows, label, headers);
  }

  /** The most decimals a figure of the table prints, empty when it prints no figure. */
  public java.util.OptionalInt printedDecimals() {
    return rows.stream()
        .flatMap(List::stream)
        .filter(PublishedCell::isMoney)
        .mapToInt(PublishedCell::decimals)
        .max();
  }

  /** Where a remark names the table: {@code 第 9 页“收入总表”}, its title without spaces. */
  public String place() {
    return "第 " + pages.get(0) + " 页“" + title.replaceAll("\\s", "") + "”";
  }

  public long moneyCells() {
    return rows.stream().flatMap(List::stream).filter(PublishedCell::isMoney).count();
  }

  /**
   * The non-zero figures the table prints under a header the family's words know: a figure in a
   * column of unknown words may be a code, a count or an indicator's target, so it is not counted;
   * the notes name such columns of money ({@link UnreadColumns}). Zeros are left out because a
   * rebuilt table cannot tell a printed 0.00 from a cell left empty.
   */
  public int printedFigures() {
    boolean byPosition = READ_BY_POSITION.contains(kind);
    return (int)
        rows.stream()
            .flatMap(List::stream)
            .filter(c -> c.isMoney() && !c.amount().isZero() && (byPosition || c.measure() != null))
            .count();
  }

  /**
   * Balance sheets, whose figures are read by the label beside them (收入 | 预算数 | 支出 | 预算数), not by
   * their column's words: every amount they print is a figure, under 预算数 or 2026年预算数 alike.
   */
  private static final java.util.Set<TableKind> READ_BY_POSITION =
      java.util.EnumSet.of(
          TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY);

  /** The first row whose cells include {@code text} (whitespace ignored). */
  public Optional<List<PublishedCell>> rowWith(String text) {
    String wanted = text.replaceAll("\\s", "");
    return rows.stream()
        .filter(r -> r.stream().anyMatch(c -> c.text().replaceAll("\\s", "").equals(wanted)))
        .findFirst();
  }

  /** The cell of a row in the column of {@code measure}, empty when no column has it. */
  public Optional<PublishedCell> cell(List<PublishedCell> row, String measure) {
    int column = measures.indexOf(measure);
    return column < 0
        ? Optional.empty()
        : row.stream().filter(c -> c.column() == column).findFirst();
  }
}
