package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Predicate;

/**
 * A 支出功能分类 code: 类 (3 digits, {@code 210} 卫生健康支出), 款 (5, {@code 21015}) or 项 (7, {@code 2101505}).
 * Budget lines are kept at 项; a coarser code marks spending whose detail the source did not give.
 */
public record FunctionCode(String value) {
  private static final Predicate<String> FORMAT = Codes::isClassification;

  public FunctionCode {
    Codes.require(value, FORMAT, "function classification code (3, 5 or 7 digits)");
  }

  @JsonCreator
  public static FunctionCode of(String value) {
    return new FunctionCode(value);
  }

  /** The 类: the first 3 digits. */
  public String classCode() {
    return value.substring(0, 3);
  }

  /** The 款: the first 5 digits, or null when this code is a 类. */
  public String sectionCode() {
    return value.length() >= 5 ? value.substring(0, 5) : null;
  }

  public boolean isItemLevel() {
    return value.length() == 7;
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
