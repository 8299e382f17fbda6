package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Predicate;

/**
 * Identifies a journal entry; derived from its source (document hash, request id) by the caller.
 */
public record EntryId(String value) {
  private static final Predicate<String> FORMAT = v -> Codes.isIdentifier(v, 80, "._:-");

  public EntryId {
    Codes.require(value, FORMAT, "entry id");
  }

  @JsonCreator
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
