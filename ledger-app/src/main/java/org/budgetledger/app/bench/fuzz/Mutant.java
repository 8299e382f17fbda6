package org.budgetledger.app.bench.fuzz;

/** A mutated document: its file name, bytes, and how it was made (for the report). */
public record Mutant(String fileName, byte[] bytes, String kind) {}
