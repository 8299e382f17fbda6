package org.budgetledger.app.adjustment;

import java.util.List;
import org.budgetledger.app.request.BasisRequest;
import org.budgetledger.app.request.IncomeLegRequest;
import org.budgetledger.app.request.SpendingLegRequest;

/**
 * One element of a JSON adjustment file: an entry request ({@code type} 追加 SUPPLEMENT, 追减
 * REDUCTION, 调剂 REALLOCATION, 结转 CARRY_OVER) or a reversal ({@code type} 冲销 REVERSAL with {@code
 * reverses}: an entry id, or the request id of an earlier entry of the same file). {@code
 * amountUnit} (元 or 万元) is the unit of its legs' amounts when the file's default is not.
 */
public record AdjustmentRequest(
    String entryId,
    String type,
    String reverses,
    List<IncomeLegRequest> incomeLegs,
    List<SpendingLegRequest> spendingLegs,
    String effectiveDate,
    BasisRequest basis,
    String reason,
    String requestId,
    String amountUnit) {}
