package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Predicate;

/** A budget unit (预算单位) code such as {@code 201001}; the department's code usually prefixes it. */
public record UnitCode(String value) {
  private static final Predicate<String> FORMAT = v -> Codes.isIdentifier(v, 32, "-");

  public UnitCode {
    Codes.require(value, FORMAT, "unit code (letters, digits and '-', at most 32)");
  }

  @JsonCreator
  public static UnitCode of(String value) {
    return new UnitCode(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
