package org.budgetledger.projections.budget;

import java.util.List;
import org.budgetledger.core.model.BasicAllocation;
import org.budgetledger.core.model.DepartmentPerformance;
import org.budgetledger.core.model.EconomicAllocation;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.core.model.ProjectAllocation;
import org.budgetledger.core.model.ProjectPerformance;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.projections.entries.IncomeBalance;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.entries.PointInTime;

/**
 * A department budget as the ledger stood at one point in time: the balances of every spending line
 * and income source, the non-money facts, and the names of the codes as the department published
 * them, and the money the published tables give each project ({@code projectAllocations}, the
 * latest import's), the money they give each unit by 部门经济分类 code ({@code economicAllocations},
 * likewise) and each unit's basic money by 类 where the lines sit on no unit ({@code
 * basicAllocations}, likewise). Every disclosure table is built from this alone. {@code at} is the
 * point it was read at, so what belongs beside the figures (the rows the document then imported
 * prints) is of that point too.
 */
public record BudgetView(
    BudgetHeader header,
    List<LineBalance> lines,
    List<IncomeBalance> income,
    List<SpendingTag> tags,
    List<ProjectPerformance> projects,
    DepartmentPerformance departmentPerformance,
    List<NarrativeFigure> narrative,
    ClassificationNames names,
    List<ProjectAllocation> projectAllocations,
    List<EconomicAllocation> economicAllocations,
    List<BasicAllocation> basicAllocations,
    PointInTime at) {
  public BudgetView {
    java.util.Objects.requireNonNull(at, "point in time");
    lines = List.copyOf(lines);
    income = List.copyOf(income);
    tags = List.copyOf(tags);
    projects = List.copyOf(projects);
    narrative = List.copyOf(narrative);
    projectAllocations = List.copyOf(projectAllocations);
    economicAllocations = List.copyOf(economicAllocations);
    basicAllocations = List.copyOf(basicAllocations);
  }

  /** A view of the latest state: a fixture, or a view computed rather than read. */
  public BudgetView(
      BudgetHeader header,
      List<LineBalance> lines,
      List<IncomeBalance> income,
      List<SpendingTag> tags,
      List<ProjectPerformance> projects,
      DepartmentPerformance departmentPerformance,
      List<NarrativeFigure> narrative,
      ClassificationNames names) {
    this(
        header,
        lines,
        income,
        tags,
        projects,
        departmentPerformance,
        narrative,
        names,
        List.of(),
        List.of(),
        List.of(),
        PointInTime.LATEST);
  }
}
