package org.budgetledger.core.model;

import java.util.Objects;

/**
 * Money a published table gives a named project from one fund source (项目资金安排): the unit it is
 * listed under as printed ({@code unitName}, empty where the table names none), the project and the
 * amount, at the grain the table prints it. No table gives a project its function code, so which
 * spending line pays it is not the document's: the allocation is a fact beside the lines, never
 * spread over them. {@code fundSource} is null where the table prints the project's total without
 * any of its sources.
 */
public record ProjectAllocation(
    String unitName, ProjectRef project, FundSource fundSource, Fen amount) {
  public ProjectAllocation {
    unitName = unitName == null ? "" : unitName.strip();
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(amount, "amount");
  }
}
