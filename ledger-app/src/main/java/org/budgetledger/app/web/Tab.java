package org.budgetledger.app.web;

/** One of the 13 tables in the tab strip of 预算表: its number, title and link. */
public record Tab(String kind, String number, String title, String href, boolean active) {}
