package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who asked for a change: the signed-in user, or the importer acting for one. */
public record Actor(String value) {
  public Actor {
    value = Codes.requireText(value, "actor");
  }

  @JsonCreator
  public static Actor of(String value) {
    return new Actor(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
