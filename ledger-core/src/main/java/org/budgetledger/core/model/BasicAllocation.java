package org.budgetledger.core.model;

import java.util.Objects;

/**
 * Basic money (人员经费 and 公用经费) a published 基本支出总表 gives a unit from one fund source, by the 类 of its
 * 部门经济分类 as printed: the unit's code and name as the table names it, the 类 code ({@code 301}; null
 * where the unit's row is printed without 类 rows), the source and the amount. No table gives a
 * unit's basic money its function code, so which line pays it is not the document's where the lines
 * sit on no unit: the allocation is a fact beside the lines, never spread over them. {@code
 * fundSource} {@link FundSource#NON_FISCAL} is money neither fiscal nor 财政专户 (其他资金).
 */
public record BasicAllocation(
    String unitCode, String unitName, String economicClass, FundSource fundSource, Fen amount) {
  public BasicAllocation {
    Objects.requireNonNull(unitCode, "unitCode");
    unitName = unitName == null ? "" : unitName.strip();
    Objects.requireNonNull(fundSource, "fundSource");
    Objects.requireNonNull(amount, "amount");
  }
}
