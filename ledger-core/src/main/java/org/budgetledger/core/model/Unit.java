package org.budgetledger.core.model;

import java.util.Objects;

/** A budget unit of a department: code, name and type (行政单位, 财政补助事业单位 …). */
public record Unit(UnitCode code, String name, String type) {
  public Unit {
    Objects.requireNonNull(code, "unit code");
    name = Codes.requireText(name, "unit name");
    type = type == null ? "" : type.strip();
  }
}
