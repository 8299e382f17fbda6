package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.ProjectPerformance;

/** Performance targets of the department's projects (项目支出绩效目标) were set. */
@Revision("1")
public record ProjectPerformanceRecordedEvent(
    BudgetId budgetId,
    List<ProjectPerformance> projects,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {}
