package org.budgetledger.app.request;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A journal entry: type (追加 SUPPLEMENT, 追减 REDUCTION, 调剂 REALLOCATION, 结转 CARRY_OVER, or 年初预算
 * INITIAL_BUDGET), legs, effective date, basis, reason, the client's request id, and the unit its
 * leg amounts are written in ({@code amountUnit} 元 or 万元; when absent, the reader's default: 万元 for
 * REST, the budget's own unit for the form and the command line).
 */
public record EntryRequest(
    String entryId,
    String type,
    List<IncomeLegRequest> incomeLegs,
    List<SpendingLegRequest> spendingLegs,
    String effectiveDate,
    BasisRequest basis,
    String reason,
    String requestId,
    @Schema(
            description =
                "The unit of every leg's amount: 元 (up to 2 decimals) or 万元 (up to 6). Absent:"
                    + " 万元, as before the field existed, whatever the budget's own unit.",
            allowableValues = {"元", "万元"},
            example = "元")
        String amountUnit) {
  /** An entry whose amounts are in the reader's default unit. */
  public EntryRequest(
      String entryId,
      String type,
      List<IncomeLegRequest> incomeLegs,
      List<SpendingLegRequest> spendingLegs,
      String effectiveDate,
      BasisRequest basis,
      String reason,
      String requestId) {
    this(entryId, type, incomeLegs, spendingLegs, effectiveDate, basis, reason, requestId, null);
  }
}
