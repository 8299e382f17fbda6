package org.budgetledger.app.web;

import java.util.List;

/** A row of a printed table: its key (for the cells' data attributes), type and cells. */
public record RenderedRow(String key, String type, List<RenderedCell> cells) {}
