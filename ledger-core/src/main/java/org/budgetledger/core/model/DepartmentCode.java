package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Predicate;

/**
 * A department (部门) code such as {@code 201}. Documents that print no code get one derived from the
 * department's name by the importer; letters are allowed for that reason.
 */
public record DepartmentCode(String value) {
  private static final Predicate<String> FORMAT = v -> Codes.isIdentifier(v, 20, "");

  public DepartmentCode {
    Codes.require(value, FORMAT, "department code (1-20 letters or digits)");
  }

  @JsonCreator
  public static DepartmentCode of(String value) {
    return new DepartmentCode(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
