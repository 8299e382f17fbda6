package org.budgetledger.core.model;

/**
 * One performance indicator row (绩效指标): 一级/二级/三级指标, its nature (性质: ≥ ≤ = 定性 …), the target value
 * (指标值), the unit (度量单位) and the direction (指标方向性), as published.
 */
public record PerformanceIndicator(
    String level1,
    String level2,
    String level3,
    String nature,
    String value,
    String unit,
    String direction) {
  public PerformanceIndicator {
    level1 = blankToEmpty(level1);
    level2 = blankToEmpty(level2);
    level3 = blankToEmpty(level3);
    nature = blankToEmpty(nature);
    value = blankToEmpty(value);
    unit = blankToEmpty(unit);
    direction = blankToEmpty(direction);
  }

  static String blankToEmpty(String text) {
    return text == null ? "" : text.strip();
  }
}
