package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BasicAllocation;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.CommandTexts;
import org.budgetledger.core.model.DepartmentPerformance;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.EconomicAllocation;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.core.model.ProjectAllocation;
import org.budgetledger.core.model.ProjectPerformance;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.Unit;

/**
 * Import a published disclosure document as one atomic change: open the budget if needed, record
 * the 年初预算 entry and the facts. A document already imported (same content hash) records nothing.
 * Returns an {@link ImportOutcome}.
 */
public record ImportDisclosureCommand(
    @TargetAggregateIdentifier BudgetId budgetId,
    String contentHash,
    String fileName,
    int publishedCells,
    String departmentName,
    DisclosureFormat format,
    int displayDecimals,
    List<Unit> units,
    EntryId entryId,
    List<IncomeLeg> incomeLegs,
    List<SpendingLeg> spendingLegs,
    Map<String, String> functionNames,
    Map<String, String> govEconomicNames,
    Map<String, String> deptEconomicNames,
    List<SpendingTag> tags,
    List<ProjectPerformance> projects,
    List<ProjectAllocation> projectAllocations,
    List<EconomicAllocation> economicAllocations,
    List<BasicAllocation> basicAllocations,
    DepartmentPerformance departmentPerformance,
    List<NarrativeFigure> narrative,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetCommand {
  public ImportDisclosureCommand {
    CommandTexts.check("fileName", fileName, CommandTexts.FILE_NAME);
    CommandTexts.check("departmentName", departmentName, CommandTexts.NAME);
    CommandTexts.units(units);
    CommandTexts.basis(basis);
    CommandTexts.actor(actor);
    for (int i = 0; spendingLegs != null && i < spendingLegs.size(); i++) {
      CommandTexts.project("spendingLegs[" + i + "]", spendingLegs.get(i).key().project());
    }
    projectAllocations = projectAllocations == null ? List.of() : List.copyOf(projectAllocations);
    for (int i = 0; i < projectAllocations.size(); i++) {
      ProjectAllocation a = projectAllocations.get(i);
      CommandTexts.project("projectAllocations[" + i + "]", a.project());
      CommandTexts.check("projectAllocations[" + i + "].unitName", a.unitName(), CommandTexts.NAME);
    }
    economicAllocations =
        economicAllocations == null ? List.of() : List.copyOf(economicAllocations);
    for (int i = 0; i < economicAllocations.size(); i++) {
      CommandTexts.check(
          "economicAllocations[" + i + "].unitCode",
          economicAllocations.get(i).unitCode(),
          CommandTexts.NAME);
    }
    basicAllocations = basicAllocations == null ? List.of() : List.copyOf(basicAllocations);
    for (int i = 0; i < basicAllocations.size(); i++) {
      CommandTexts.check(
          "basicAllocations[" + i + "].unitName",
          basicAllocations.get(i).unitName(),
          CommandTexts.NAME);
    }
  }
}
