package org.budgetledger.app.api;

/** The approval document and its 文号. */
public record BasisRequest(String document, String number) {}
