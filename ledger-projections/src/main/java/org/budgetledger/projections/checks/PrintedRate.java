package org.budgetledger.projections.checks;

import java.math.BigDecimal;

/**
 * A rate of change (增减%, 增长率) as printed beside a change: its value in percent at the decimals
 * printed ({@code -60.86}), the text as printed ({@code -60.86%}) and its place.
 */
public record PrintedRate(BigDecimal percent, String printed, Place place) {}
