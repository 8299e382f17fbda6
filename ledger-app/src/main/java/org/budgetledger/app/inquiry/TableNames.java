package org.budgetledger.app.inquiry;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * Reads the TABLE argument of an inquiry: the department's own number ({@code 03}, {@code 预算03表}),
 * the content name ({@code expenditure-summary}) or the Chinese name ({@code 支出总表}). Numbers go
 * through {@link TableNumbering}, because the district and the municipal documents number the same
 * table differently.
 */
public final class TableNames {
  private static final Pattern NUMBER = Pattern.compile("(?:预算)?0?(\\d{1,2})(?:表)?");

  private TableNames() {}

  /** The content name used in URLs and file names, e.g. {@code expenditure-summary}. */
  public static String slug(TableKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static TableKind kind(DisclosureFormat format, String table) {
    String text = table == null ? "" : table.strip();
    Matcher number = NUMBER.matcher(text);
    if (number.matches()) {
      return TableNumbering.kind(format, Integer.parseInt(number.group(1)));
    }
    for (TableKind kind : TableKind.values()) {
      if (slug(kind).equalsIgnoreCase(text)
          || kind.name().equalsIgnoreCase(text)
          || kind.chinese().equals(text)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + table
            + "' is not a table: give its number (03, "
            + "预算03表) or one of "
            + Arrays.stream(TableKind.values())
                .map(TableNames::slug)
                .collect(Collectors.joining(", ")));
  }
}
