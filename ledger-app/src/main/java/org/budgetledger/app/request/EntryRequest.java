package org.budgetledger.app.request;

import java.util.List;

/**
 * A journal entry: type (追加 SUPPLEMENT, 追减 REDUCTION, 调剂 REALLOCATION, 结转 CARRY_OVER, or 年初预算
 * INITIAL_BUDGET), legs, effective date, basis, reason, and the client's request id.
 */
public record EntryRequest(
    String entryId,
    String type,
    List<IncomeLegRequest> incomeLegs,
    List<SpendingLegRequest> spendingLegs,
    String effectiveDate,
    BasisRequest basis,
    String reason,
    String requestId) {}
