package org.budgetledger.app.request;

/** The approval document and its 文号. */
public record BasisRequest(String document, String number) {}
