package org.budgetledger.core.model;

/** One row of 部门整体支出绩效目标表: the activity (活动), the indicator text, nature, value, unit. */
public record ActivityIndicator(
    String activity, String indicator, String nature, String value, String unit) {
  public ActivityIndicator {
    activity = PerformanceIndicator.blankToEmpty(activity);
    indicator = PerformanceIndicator.blankToEmpty(indicator);
    nature = PerformanceIndicator.blankToEmpty(nature);
    value = PerformanceIndicator.blankToEmpty(value);
    unit = PerformanceIndicator.blankToEmpty(unit);
  }
}
