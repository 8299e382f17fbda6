package org.budgetledger.projections.budget;

import java.util.Map;

/**
 * Names of classification codes as the department's documents print them ({@code 2101501} → 行政运行,
 * {@code 50101} → 工资奖金津补贴, {@code 30101} → 基本工资). Tables print code and name.
 */
public record ClassificationNames(
    Map<String, String> function,
    Map<String, String> govEconomic,
    Map<String, String> deptEconomic) {
  public ClassificationNames {
    function = Map.copyOf(function);
    govEconomic = Map.copyOf(govEconomic);
    deptEconomic = Map.copyOf(deptEconomic);
  }

  public static ClassificationNames empty() {
    return new ClassificationNames(Map.of(), Map.of(), Map.of());
  }

  public String functionName(String code) {
    return function.getOrDefault(code, "");
  }

  public String govEconomicName(String code) {
    return govEconomic.getOrDefault(code, "");
  }

  public String deptEconomicName(String code) {
    return deptEconomic.getOrDefault(code, "");
  }
}
