package org.budgetledger.core.model;

import java.util.Objects;

/**
 * Money a published table gives one unit under one 部门经济分类 code (a 类 or a 款) from one fund source,
 * at the grain the table prints it (Shenzhen's 基本支出总表: unit × 类 and 款 × source). No table gives
 * that money its function code, so which of the unit's lines pays it is not the document's: the
 * allocation is a fact beside the lines, never spread over them. {@code unitCode} is the ledger's
 * code of the unit; {@code project} whether the table prints it as 项目支出 (else 基本支出, whose 人员/公用 the
 * code tells where DOMAIN §2 gives one); {@code fundSource} null where the table prints the
 * figure's total without any of its sources.
 */
public record EconomicAllocation(
    String unitCode, DeptEconomicCode code, boolean project, FundSource fundSource, Fen amount) {
  public EconomicAllocation {
    unitCode = unitCode == null ? "" : unitCode.strip();
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(amount, "amount");
  }
}
