package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DepartmentPerformance;

/** The department's overall performance targets (部门整体支出绩效目标) were set. */
@Revision("1")
public record DepartmentPerformanceRecordedEvent(
    BudgetId budgetId,
    DepartmentPerformance performance,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {}
