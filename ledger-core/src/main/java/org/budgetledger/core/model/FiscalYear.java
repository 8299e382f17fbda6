package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;

/** A fiscal year (预算年度); China's fiscal year is the calendar year. */
public record FiscalYear(int value) {
  public FiscalYear {
    if (value < 1990 || value > 2200) {
      throw new InvalidValueException("'" + value + "' is not a plausible fiscal year");
    }
  }

  @JsonCreator
  public static FiscalYear of(int value) {
    return new FiscalYear(value);
  }

  @JsonValue
  public int value() {
    return value;
  }

  public LocalDate firstDay() {
    return LocalDate.of(value, 1, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(value, 12, 31);
  }

  public boolean contains(LocalDate date) {
    return date.getYear() == value;
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
