package org.budgetledger.app.request;

/** An income leg: unit, fund source, origin (CURRENT_YEAR or CARRY_OVER), amount in 万元. */
public record IncomeLegRequest(String unit, String fundSource, String origin, String amount) {}
