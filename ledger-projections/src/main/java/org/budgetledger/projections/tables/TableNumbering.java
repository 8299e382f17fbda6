package org.budgetledger.projections.tables;

import java.util.EnumMap;
import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;

/** The one place that knows each format's numbering of the tables (DOMAIN §4). */
public final class TableNumbering {
  private static final Map<DisclosureFormat, Map<TableKind, Integer>> NUMBERS =
      new EnumMap<>(DisclosureFormat.class);

  static {
    Map<TableKind, Integer> district = new EnumMap<>(TableKind.class);
    Map<TableKind, Integer> municipal = new EnumMap<>(TableKind.class);
    int n = 1;
    for (TableKind kind : TableKind.values()) {
      district.put(kind, n++);
    }
    municipal.put(TableKind.INCOME_EXPENDITURE_SUMMARY, 1);
    municipal.put(TableKind.INCOME_SUMMARY, 2);
    municipal.put(TableKind.EXPENDITURE_SUMMARY, 3);
    municipal.put(TableKind.FISCAL_APPROPRIATION_SUMMARY, 4);
    municipal.put(TableKind.GENERAL_BUDGET_EXPENDITURE, 5);
    municipal.put(TableKind.GENERAL_BUDGET_BASIC, 6);
    municipal.put(TableKind.GOVERNMENT_FUND_EXPENDITURE, 7);
    municipal.put(TableKind.STATE_CAPITAL_EXPENDITURE, 8);
    municipal.put(TableKind.THREE_PUBLIC_EXPENSES, 9);
    municipal.put(TableKind.PROCUREMENT, 10);
    municipal.put(TableKind.PURCHASED_SERVICES, 11);
    municipal.put(TableKind.PROJECT_PERFORMANCE, 12);
    municipal.put(TableKind.DEPARTMENT_PERFORMANCE, 13);
    // a table of some families only: numbered after the 13 in both formats, for the canonical text
    municipal.put(TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC, 14);
    municipal.put(TableKind.BASIC_EXPENDITURE_SUMMARY, 15);
    municipal.put(TableKind.PROJECT_EXPENDITURE, 16);
    municipal.put(TableKind.FISCAL_APPROPRIATION_EXPENDITURE, 17);
    municipal.put(TableKind.GENERAL_BUDGET_BASIC_FUNCTION, 18);
    municipal.put(TableKind.FISCAL_APPROPRIATION_BASIC, 19);
    municipal.put(TableKind.GENERAL_BUDGET_ECONOMIC, 21);
    municipal.put(TableKind.EXPENDITURE_BY_UNIT, 24);
    NUMBERS.put(DisclosureFormat.DISTRICT, district);
    NUMBERS.put(DisclosureFormat.MUNICIPAL, municipal);
  }

  private TableNumbering() {}

  public static int number(DisclosureFormat format, TableKind kind) {
    return NUMBERS.get(format).get(kind);
  }

  public static TableKind kind(DisclosureFormat format, int number) {
    return NUMBERS.get(format).entrySet().stream()
        .filter(e -> e.getValue() == number)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no table 预算" + number + "表 in the " + format + " numbering (01-13)"));
  }

  /** The label a document prints, e.g. {@code 预算03表}. */
  public static String label(DisclosureFormat format, TableKind kind) {
    return String.format("预算%02d表", number(format, kind));
  }
}
