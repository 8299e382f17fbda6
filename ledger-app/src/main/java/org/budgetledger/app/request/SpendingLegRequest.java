package org.budgetledger.app.request;

/** A spending leg: the line key fields and a signed amount in 万元 (up to 6 decimals). */
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
