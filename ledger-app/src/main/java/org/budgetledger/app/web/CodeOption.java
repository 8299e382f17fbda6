package org.budgetledger.app.web;

/** A choice offered by the form: the value submitted and what the user reads. */
public record CodeOption(String value, String label) {}
