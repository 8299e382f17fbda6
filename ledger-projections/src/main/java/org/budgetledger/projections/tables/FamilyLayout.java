package org.budgetledger.projections.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a budget's own document family frames its tables, when that is not a Beijing format: per
 * table its printed number, title, unit and decimals. Tables the family does not print keep the
 * ledger's frame. {@code frames} are in the family's own order.
 */
public record FamilyLayout(String family, Map<TableKind, Frame> frames) {
  public FamilyLayout {
    frames = Collections.unmodifiableMap(new LinkedHashMap<>(frames));
  }

  /** The tables the family publishes, in its order. */
  public List<TableKind> order() {
    return List.copyOf(frames.keySet());
  }

  /** One table's frame as the family prints it; {@code decimals} null: the document's. */
  public record Frame(String number, String title, boolean inYuan, Integer decimals) {}

  public DisclosureTable apply(DisclosureTable table) {
    Frame frame = frames.get(table.kind());
    return frame == null
        ? table
        : table.framed(frame.number(), frame.title(), frame.inYuan(), frame.decimals());
  }
}
