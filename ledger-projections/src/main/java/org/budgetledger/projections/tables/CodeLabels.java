package org.budgetledger.projections.tables;

import org.budgetledger.core.model.FunctionClasses;
import org.budgetledger.projections.budget.BudgetView;

/** Code-and-name labels as the tables print them: {@code 2101501-行政运行}. */
public final class CodeLabels {
  /** Marks a row of spending whose economic classification the source did not give. */
  public static final String UNDETAILED = "（明细未列示）";

  private CodeLabels() {}

  public static String functionName(BudgetView view, String code) {
    String name = view.names().functionName(code);
    return name.isEmpty() && code.length() == 3 ? FunctionClasses.name(code) : name;
  }

  public static String function(BudgetView view, String code) {
    return join(code, functionName(view, code));
  }

  public static String govEconomic(BudgetView view, String code) {
    return join(code, view.names().govEconomicName(code));
  }

  public static String deptEconomic(BudgetView view, String code) {
    return join(code, view.names().deptEconomicName(code));
  }

  public static String join(String code, String name) {
    return name == null || name.isEmpty() ? code : code + "-" + name;
  }
}
