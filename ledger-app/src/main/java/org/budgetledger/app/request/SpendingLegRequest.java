package org.budgetledger.app.request;

/**
 * A spending leg: the line key fields and a signed amount in the entry's {@code amountUnit} (元 up
 * to 2 decimals, 万元 up to 6).
 */
public record SpendingLegRequest(
    String unit,
    String function,
    String govEconomic,
    String deptEconomic,
    String kind,
    String projectCode,
    String projectName,
    String fundSource,
    String amount) {}
