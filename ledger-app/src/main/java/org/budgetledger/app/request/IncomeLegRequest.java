package org.budgetledger.app.request;

/**
 * An income leg: unit (单位 code), fund source, origin (CURRENT_YEAR or CARRY_OVER), and a signed
 * amount in the entry's {@code amountUnit}.
 */
public record IncomeLegRequest(String unit, String fundSource, String origin, String amount) {}
