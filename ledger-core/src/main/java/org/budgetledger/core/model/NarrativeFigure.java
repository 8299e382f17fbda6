package org.budgetledger.core.model;

import java.util.Objects;

/**
 * A figure quoted in the narrative (情况说明), e.g. {@code 上年年初预算数 37,402.11 万元}: {@code key} names
 * what it is (see the importer's catalogue), {@code decimals} how precisely it was printed.
 */
public record NarrativeFigure(String key, String label, Fen amount, int decimals, String quote) {
  public NarrativeFigure {
    key = Objects.requireNonNull(key, "key").strip();
    label = label == null ? key : label.strip();
    Objects.requireNonNull(amount, "amount");
    quote = quote == null ? "" : quote.strip();
  }
}
