package org.budgetledger.app.importer;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * The most decimals the figures of each canonical table print, read again from a stored canonical
 * text: its tables carry their figures as the PDF prints them, under a heading {@code 预算NN表 收入总表}.
 * A document imported before its cover recorded the decimals ({@code 表题：} with the title alone)
 * gets them back without being imported again; its printed numbers and headers are not in the text.
 */
final class StoredTableDecimals {
  private static final Pattern FIGURE = Pattern.compile("^-?[\\d,]*\\d(\\.\\d+)?$");

  private StoredTableDecimals() {}

  static Map<TableKind, Integer> read(String text) {
    Map<String, TableKind> headings = new java.util.HashMap<>();
    for (TableKind kind : TableKind.values()) {
      headings.put(
          TableNumbering.label(DisclosureFormat.MUNICIPAL, kind) + " " + kind.chinese(), kind);
    }
    Map<TableKind, Integer> decimals = new EnumMap<>(TableKind.class);
    TableKind current = null;
    for (String line : text.split("\\R")) {
      TableKind heading = headings.get(line.strip());
      if (heading != null) {
        current = heading;
        continue;
      }
      if (current == null) {
        continue;
      }
      for (String cell : line.split("\t")) {
        String figure = cell.strip();
        if (FIGURE.matcher(figure).matches()) {
          int dot = figure.indexOf('.');
          decimals.merge(current, dot < 0 ? 0 : figure.length() - dot - 1, Math::max);
        }
      }
    }
    return decimals;
  }
}
