package org.budgetledger.app.request;

/** A unit of a budget: code, name, type (行政单位 …). */
public record UnitRequest(String code, String name, String type) {}
