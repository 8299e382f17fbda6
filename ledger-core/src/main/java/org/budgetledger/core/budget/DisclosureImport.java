package org.budgetledger.core.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.budgetledger.core.budget.api.BasicAllocationsRecordedEvent;
import org.budgetledger.core.budget.api.ClassificationNamesRecordedEvent;
import org.budgetledger.core.budget.api.DepartmentPerformanceRecordedEvent;
import org.budgetledger.core.budget.api.DisclosureImportedEvent;
import org.budgetledger.core.budget.api.EconomicAllocationsRecordedEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.budget.api.NarrativeFiguresRecordedEvent;
import org.budgetledger.core.budget.api.ProjectAllocationsRecordedEvent;
import org.budgetledger.core.budget.api.ProjectPerformanceRecordedEvent;
import org.budgetledger.core.budget.api.SpendingTagsRecordedEvent;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.EntryType;

/** The events of one document import, applied together so the import is all or nothing. */
final class DisclosureImport {
  /**
   * Why an imported project's money is held by project: its table gives no function code, so no
   * line can be said to pay it.
   */
  static final Derivation PRINTED_BY_PROJECT =
      new Derivation("PRINTED_BY_PROJECT", "项目支出表按单位、项目和资金来源列示；没有表给出项目的功能科目，项目资金按所列粒度记录，不分摊到支出行");

  /**
   * Why money a table prints by unit and 部门经济分类 code is held at that grain: no table gives it a
   * function code, so no line of the unit can be said to pay it.
   */
  static final Derivation PRINTED_BY_UNIT_ECONOMIC =
      new Derivation("PRINTED_BY_UNIT_ECONOMIC", "表按单位、部门经济分类科目和资金来源列示；没有表给出其功能科目，按所列粒度记录，不分摊到支出行");

  /**
   * Why a unit's basic money is held by unit and 类: the document's lines sit on none of the units
   * its 基本支出总表 names, and no table gives a unit's basic money its function code.
   */
  static final Derivation PRINTED_BY_UNIT =
      new Derivation("PRINTED_BY_UNIT", "基本支出总表按单位、经济分类类和资金来源列示；支出行未按这些单位列示，基本支出按所列粒度记录，不分摊到支出行");

  private DisclosureImport() {}

  static String requestId(String contentHash) {
    return "import:" + contentHash;
  }

  static void applyAll(BudgetId id, ImportDisclosureCommand c) {
    apply(
        new EntryRecordedEvent(
            id,
            c.entryId(),
            EntryType.INITIAL_BUDGET,
            c.incomeLegs(),
            c.spendingLegs(),
            c.effectiveDate(),
            c.basis(),
            "年初预算 imported from " + c.fileName(),
            c.actor(),
            requestId(c.contentHash()),
            null));
    apply(
        new ClassificationNamesRecordedEvent(
            id,
            c.functionNames(),
            c.govEconomicNames(),
            c.deptEconomicNames(),
            c.effectiveDate(),
            c.basis(),
            c.actor()));
    if (!c.tags().isEmpty()) {
      apply(new SpendingTagsRecordedEvent(id, c.tags(), c.effectiveDate(), c.basis(), c.actor()));
    }
    if (!c.projects().isEmpty()) {
      apply(
          new ProjectPerformanceRecordedEvent(
              id, c.projects(), c.effectiveDate(), c.basis(), c.actor()));
    }
    if (!c.projectAllocations().isEmpty()) {
      apply(
          new ProjectAllocationsRecordedEvent(
              id,
              c.projectAllocations(),
              PRINTED_BY_PROJECT,
              c.effectiveDate(),
              c.basis(),
              c.actor()));
    }
    if (!c.economicAllocations().isEmpty()) {
      apply(
          new EconomicAllocationsRecordedEvent(
              id,
              c.economicAllocations(),
              PRINTED_BY_UNIT_ECONOMIC,
              c.effectiveDate(),
              c.basis(),
              c.actor()));
    }
    if (!c.basicAllocations().isEmpty()) {
      apply(
          new BasicAllocationsRecordedEvent(
              id, c.basicAllocations(), PRINTED_BY_UNIT, c.effectiveDate(), c.basis(), c.actor()));
    }
    if (c.departmentPerformance() != null) {
      apply(
          new DepartmentPerformanceRecordedEvent(
              id, c.departmentPerformance(), c.effectiveDate(), c.basis(), c.actor()));
    }
    if (!c.narrative().isEmpty()) {
      apply(
          new NarrativeFiguresRecordedEvent(
              id, c.narrative(), c.effectiveDate(), c.basis(), c.actor()));
    }
    apply(
        new DisclosureImportedEvent(
            id,
            c.contentHash(),
            c.fileName(),
            c.publishedCells(),
            c.effectiveDate(),
            c.basis(),
            c.actor()));
  }
}
