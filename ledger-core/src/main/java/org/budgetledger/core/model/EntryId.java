package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies a journal entry; derived from its source (document hash, request id) by the caller. */
public record EntryId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:-]{0,79}");

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
