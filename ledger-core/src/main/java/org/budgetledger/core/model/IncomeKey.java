package org.budgetledger.core.model;

import java.util.Objects;

/** An income source (收入): unit × fund source × origin (this year or carried over). */
public record IncomeKey(UnitCode unit, FundSource fundSource, Origin origin) {
  public IncomeKey {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(fundSource, "fund source");
    Objects.requireNonNull(origin, "origin");
  }

  public String canonical() {
    return unit + "/" + fundSource + "/" + origin;
  }

  @Override
  public String toString() {
    return canonical();
  }
}
