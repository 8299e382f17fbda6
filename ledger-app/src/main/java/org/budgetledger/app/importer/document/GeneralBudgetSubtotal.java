package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * A 类 or 款 row a 一般公共预算支出表 prints above its items (or below them): its figures as printed, and the
 * item rows printed with it under its code, which may fall in several of the units the table is
 * split into by ascending codes (Changsha's 204 公共安全支出 over 2040201, 2040220, 2040202 …).
 */
public record GeneralBudgetSubtotal(GeneralBudgetRow row, List<GeneralBudgetRow> items) {
  public GeneralBudgetSubtotal {
    items = List.copyOf(items);
  }
}
