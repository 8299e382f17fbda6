package org.budgetledger.app.request;

/** A 冲销 of an earlier entry, effective on a date, with its basis and reason. */
public record ReversalRequest(
    String entryId, String effectiveDate, BasisRequest basis, String reason, String requestId) {}
