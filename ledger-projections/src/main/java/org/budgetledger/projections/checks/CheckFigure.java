package org.budgetledger.projections.checks;

import org.budgetledger.core.model.Fen;

/**
 * One figure a check used: what it is, its exact fen, the decimals of 万元 it is known to (6: exact;
 * a figure quoted in 元 with d decimals is known to d + 4) and where it is printed.
 */
public record CheckFigure(String label, Fen amount, int decimals, Place place) {}
