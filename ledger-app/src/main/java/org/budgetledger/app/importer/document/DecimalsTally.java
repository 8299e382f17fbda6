package org.budgetledger.app.importer.document;

import java.util.Map;
import java.util.TreeMap;

/** Counts how many decimals the money tables print, to tell 2-decimal from 6-decimal documents. */
final class DecimalsTally {
  private final Map<Integer, Integer> counts = new TreeMap<>();

  void count(int decimals) {
    counts.merge(decimals, 1, Integer::sum);
  }

  /** The most common number of decimals; -1 when no amount was read. */
  int mostCommon() {
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(-1);
  }
}
