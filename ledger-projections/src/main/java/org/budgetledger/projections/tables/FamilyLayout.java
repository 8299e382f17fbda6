package org.budgetledger.projections.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.core.model.MoneyUnit;

/**
 * How a budget's own document family frames its tables, when that is not a Beijing format: per
 * table its printed number, title, unit, decimals and column headers. The budget shows only the
 * tables its family publishes, in the family's order ({@code frames}' order).
 */
public record FamilyLayout(String family, Map<TableKind, Frame> frames) {
  /** What a budget of a family answers when asked for a table its family does not publish. */
  public static final String NOT_PUBLISHED = "本版式不公开此表";

  public FamilyLayout {
    frames = Collections.unmodifiableMap(new LinkedHashMap<>(frames));
  }

  /** The tables the family publishes, in its order. */
  public List<TableKind> order() {
    return List.copyOf(frames.keySet());
  }

  public boolean publishes(TableKind kind) {
    return frames.containsKey(kind);
  }

  /**
   * One table's frame as the family prints it.
   *
   * @param number the number as the document prints it ({@code 公开01表}, {@code 表1}, {@code 一})
   * @param numeral the family's number alone ({@code 01}, {@code 1}, {@code 一})
   * @param decimals the decimals its figures print; null: the document's
   * @param headers the printed header of a canonical column, by column key
   */
  public record Frame(
      String number,
      String numeral,
      String title,
      boolean inYuan,
      Integer decimals,
      Map<String, String> headers) {
    public Frame {
      headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** Whether {@code text} names this table: its printed number, or its number alone (1 = 01). */
    boolean isNamedBy(String text) {
      if (text.equals(number) || text.equals(numeral)) {
        return true;
      }
      return numeral != null
          && numeral.matches("\\d+")
          && text.matches("\\d{1,3}")
          && Integer.parseInt(numeral) == Integer.parseInt(text);
    }
  }

  /** The table a number names in the family's numbering ({@code 公开01表}, {@code 01}, {@code 1}). */
  public Optional<TableKind> numbered(String text) {
    String compact = text == null ? "" : text.replaceAll("\\s", "");
    return frames.entrySet().stream()
        .filter(e -> e.getValue().isNamedBy(compact))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * The unit of a figure that belongs to no one table (an entry, a leg): the unit of the family's
   * 收支总表, else of its first table; 万元 for a family framing none.
   */
  public MoneyUnit documentUnit() {
    Frame frame = frames.get(TableKind.INCOME_EXPENDITURE_SUMMARY);
    if (frame == null) {
      frame = frames.values().stream().findFirst().orElse(null);
    }
    return frame == null ? MoneyUnit.WAN_YUAN : MoneyUnit.of(frame.inYuan());
  }

  public DisclosureTable apply(DisclosureTable table) {
    Frame frame = frames.get(table.kind());
    return frame == null
        ? table
        : PrintedHeaders.rename(
            table.framed(frame.number(), frame.title(), frame.inYuan(), frame.decimals()),
            frame.headers());
  }
}
