package org.budgetledger.app.inquiry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.FamilyLayout.Frame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * Reads the TABLE argument of an inquiry: the department's own number ({@code 03}, {@code 预算03表}),
 * the content name ({@code expenditure-summary}) or the Chinese name ({@code 支出总表}). Numbers go
 * through {@link TableNumbering}, because the district and the municipal documents number the same
 * table differently, and through the budget's {@link FamilyLayout} when its document names a
 * family.
 */
public final class TableNames {
  private static final Pattern NUMBER = Pattern.compile("(?:预算)?0?(\\d{1,2})(?:表)?");
  // a number as families print them: 表3, 公开01表, 部门公开表3, 公开表三, 三
  private static final Pattern FAMILY_NUMBER = Pattern.compile("\\D{0,4}([\\d一二三四五六七八九十]{1,3})表?");

  private TableNames() {}

  /** The content name used in URLs and file names, e.g. {@code expenditure-summary}. */
  public static String slug(TableKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * In a family's budget a number is the family's ({@code 公开01表}, {@code 01}, {@code 表1}, {@code
   * 一}); names are the same for every budget.
   */
  public static TableKind kind(
      DisclosureFormat format, Optional<FamilyLayout> family, String table) {
    if (family.isEmpty()) {
      return kind(format, table);
    }
    String text = table == null ? "" : table.strip();
    Optional<TableKind> numbered = family.get().numbered(text);
    if (numbered.isPresent()) {
      return numbered.get();
    }
    if (NUMBER.matcher(text).matches() || FAMILY_NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "'"
              + table
              + "' is not a table of this budget's layout ("
              + family.get().family()
              + "): give one of "
              + String.join(
                  ", ", family.get().frames().values().stream().map(Frame::number).toList()));
    }
    return kind(format, table);
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
