package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Predicate;

/** A 政府支出经济分类 code: 3-digit 类 or 5-digit 款, e.g. {@code 50205} 委托业务费. */
public record GovEconomicCode(String value) {
  private static final Predicate<String> FORMAT = Codes::isClassification;

  public GovEconomicCode {
    Codes.require(value, FORMAT, "government economic classification code (3, 5 or 7 digits)");
  }

  @JsonCreator
  public static GovEconomicCode of(String value) {
    return new GovEconomicCode(value);
  }

  public String classCode() {
    return value.substring(0, 3);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
