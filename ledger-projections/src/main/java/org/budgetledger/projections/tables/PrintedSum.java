package org.budgetledger.projections.tables;

import java.util.Arrays;
import java.util.List;

/**
 * A figure the document prints as several rounded figures that the canonical text adds up (a
 * department's code summed over the units a table lists it under; a 三公 item's 财政拨款 over its fund
 * columns): written {@code 1,847.59+373.35+841.33}, each term as printed, so the sum is exact and
 * the number of rounded terms stays known. A sum of n figures each rounded to half a display unit
 * may miss the exact sum by n half units (DOMAIN §5.9): the margins and the comparison allow that,
 * never one half unit only.
 */
public final class PrintedSum {
  /** Joins the terms of a printed sum. */
  public static final String PLUS = "+";

  private PrintedSum() {}

  /** The sum written as its non-empty terms; one term as printed; none, empty. */
  public static String of(List<String> terms) {
    return String.join(PLUS, terms.stream().filter(t -> !t.isBlank()).toList());
  }

  /** The printed terms of a cell's text: several for a sum, else the text alone. */
  public static List<String> terms(String text) {
    if (text == null || !text.contains(PLUS)) {
      return List.of(text == null ? "" : text);
    }
    return Arrays.stream(text.split("\\" + PLUS)).map(String::strip).toList();
  }

  /** How many rounded figures a cell's text adds up: 1 for a figure printed as one. */
  public static int count(String text) {
    return terms(text).size();
  }

  /** How many rounded figures a published cell adds up: 1 unless printed as a sum. */
  public static int count(TableCell cell) {
    return cell.source() instanceof CellSource.Printed printed ? count(printed.text()) : 1;
  }
}
