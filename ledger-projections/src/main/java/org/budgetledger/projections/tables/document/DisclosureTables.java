package org.budgetledger.projections.tables.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.FamilyLayouts;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;
import org.budgetledger.projections.tables.basicexpendituresummary.BasicExpenditureSummaryBuilder;
import org.budgetledger.projections.tables.departmentperformance.DepartmentPerformanceBuilder;
import org.budgetledger.projections.tables.expenditurebyunit.ExpenditureByUnitBuilder;
import org.budgetledger.projections.tables.expendituresummary.ExpenditureSummaryBuilder;
import org.budgetledger.projections.tables.fiscalappropriationsummary.FiscalAppropriationSummaryBuilder;
import org.budgetledger.projections.tables.functionspending.FiscalAppropriationExpenditureBuilder;
import org.budgetledger.projections.tables.functionspending.GeneralBudgetBasicFunctionBuilder;
import org.budgetledger.projections.tables.generalbudgetbasic.FiscalAppropriationBasicBuilder;
import org.budgetledger.projections.tables.generalbudgetbasic.GeneralBudgetBasicBuilder;
import org.budgetledger.projections.tables.generalbudgetbasic.GeneralBudgetEconomicBuilder;
import org.budgetledger.projections.tables.generalbudgetexpenditure.GeneralBudgetExpenditureBuilder;
import org.budgetledger.projections.tables.generalbudgetprojecteconomic.GeneralBudgetProjectEconomicBuilder;
import org.budgetledger.projections.tables.governmentfundexpenditure.GovernmentFundExpenditureBuilder;
import org.budgetledger.projections.tables.incomeexpendituresummary.IncomeExpenditureSummaryBuilder;
import org.budgetledger.projections.tables.incomesummary.IncomeSummaryBuilder;
import org.budgetledger.projections.tables.procurement.ProcurementBuilder;
import org.budgetledger.projections.tables.projectexpenditure.ProjectExpenditureBuilder;
import org.budgetledger.projections.tables.projectperformance.ProjectPerformanceBuilder;
import org.budgetledger.projections.tables.purchasedservices.PurchasedServicesBuilder;
import org.budgetledger.projections.tables.statecapitalexpenditure.StateCapitalExpenditureBuilder;
import org.budgetledger.projections.tables.threepublicexpenses.ThreePublicExpensesBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The 13 disclosure tables of one department budget (部门预算公开表), built from one view and returned in
 * the department's numbering order (预算01表 … 预算13表), or in its family's frame and order when its
 * document names a family ({@link FamilyLayouts}). It lives in its own package so that the table
 * packages do not depend on each other.
 */
@Component
public class DisclosureTables {
  private final Map<TableKind, DisclosureTableBuilder> builders = new EnumMap<>(TableKind.class);
  private final FamilyLayouts layouts;

  /** The builders in the Beijing formats' frames only (no family's documents to ask). */
  public DisclosureTables(List<DisclosureTableBuilder> builders) {
    this(builders, FamilyLayouts.NONE);
  }

  /**
   * Takes exactly one builder per table; Spring passes every {@link DisclosureTableBuilder} and
   * where a budget's family layout is recorded.
   */
  @Autowired
  public DisclosureTables(List<DisclosureTableBuilder> builders, FamilyLayouts layouts) {
    this.layouts = layouts;
    for (DisclosureTableBuilder builder : builders) {
      if (this.builders.put(builder.kind(), builder) != null) {
        throw new IllegalStateException("two builders for " + builder.kind().chinese());
      }
    }
    if (this.builders.size() != TableKind.values().length) {
      throw new IllegalStateException(
          "builders for "
              + this.builders.keySet()
              + " only; the "
              + "disclosure has "
              + TableKind.values().length
              + " tables");
    }
  }

  /** All the builders, without Spring. */
  public static DisclosureTables standard() {
    return new DisclosureTables(
        List.of(
            new IncomeExpenditureSummaryBuilder(),
            new IncomeSummaryBuilder(),
            new ExpenditureSummaryBuilder(),
            new ProcurementBuilder(),
            new FiscalAppropriationSummaryBuilder(),
            new GeneralBudgetExpenditureBuilder(),
            new GeneralBudgetBasicBuilder(),
            new GovernmentFundExpenditureBuilder(),
            new StateCapitalExpenditureBuilder(),
            new ThreePublicExpensesBuilder(),
            new PurchasedServicesBuilder(),
            new ProjectPerformanceBuilder(),
            new DepartmentPerformanceBuilder(),
            new GeneralBudgetProjectEconomicBuilder(),
            new BasicExpenditureSummaryBuilder(),
            new ProjectExpenditureBuilder(),
            new FiscalAppropriationExpenditureBuilder(),
            new GeneralBudgetBasicFunctionBuilder(),
            new FiscalAppropriationBasicBuilder(),
            new GeneralBudgetEconomicBuilder(),
            new ExpenditureByUnitBuilder()));
  }

  /**
   * All 13 tables, the family's first in its frame: what the 勾稽核对 and the change preview compare (a
   * table the family does not publish is still the ledger's to check); a table only some families
   * print ({@link TableKind#familyOnly()}) where the budget's family prints it.
   */
  public List<DisclosureTable> build(BudgetView view) {
    Optional<FamilyLayout> family = layouts.of(view.header().id());
    return order(view, family).stream()
        .map(kind -> framed(family, built(view, family, kind)))
        .toList();
  }

  /**
   * The tables with the rows a published document prints beyond the ledger's own (a 收支总表's 款 and 项
   * rows, by their keys), each rebuilt by its table's builder: what a reconciliation compares.
   */
  public List<DisclosureTable> build(
      BudgetView view, Function<TableKind, List<String>> printedRowKeys) {
    return build(view).stream()
        .map(t -> asPrinted(t, view, printedRowKeys.apply(t.kind())))
        .toList();
  }

  private DisclosureTable asPrinted(DisclosureTable table, BudgetView view, List<String> keys) {
    DisclosureTableBuilder builder = builders.get(table.kind());
    return builder.asPrinted(view, PrintedRows.add(table, builder, view, keys), keys);
  }

  /**
   * The tables the budget shows, in its order: a family's budget its family's tables only, any
   * other the 13 in its format's numbering.
   */
  public List<TableKind> order(BudgetView view) {
    Optional<FamilyLayout> family = layouts.of(view.header().id());
    return family.map(FamilyLayout::order).orElseGet(() -> order(view, family));
  }

  /**
   * The unit of the budget's figures that belong to no one table (entries, legs): its 收支总表's, 万元 in
   * the Beijing formats.
   */
  public MoneyUnit documentUnit(BudgetView view) {
    return family(view).map(FamilyLayout::documentUnit).orElse(MoneyUnit.WAN_YUAN);
  }

  /** The family the budget's tables are framed in, empty for the Beijing formats. */
  public Optional<FamilyLayout> family(BudgetView view) {
    return layouts.of(view.header().id());
  }

  private static List<TableKind> order(BudgetView view, Optional<FamilyLayout> family) {
    List<TableKind> first = family.map(FamilyLayout::order).orElse(List.of());
    List<TableKind> ordered = new ArrayList<>(first);
    TableKind.everyDocument().stream()
        .filter(k -> !first.contains(k))
        .sorted(Comparator.comparingInt(k -> TableNumbering.number(view.header().format(), k)))
        .forEach(ordered::add);
    return ordered;
  }

  /**
   * One table as the budget shows it; a table its family does not publish is not shown ({@link
   * TableNotPublishedException}).
   */
  public DisclosureTable build(BudgetView view, TableKind kind) {
    Optional<FamilyLayout> family = layouts.of(view.header().id());
    if (family.isPresent() && !family.get().publishes(kind)) {
      throw new TableNotPublishedException(kind, family.get());
    }
    return framed(family, built(view, family, kind));
  }

  /**
   * One table with the rows a published document prints beyond the ledger's own (a 收入总表's rows by
   * 功能科目, a 支出总表's 类 and 款 rows), as the reconciliation compares it: what a page shows of a budget
   * imported from a document.
   */
  public DisclosureTable build(BudgetView view, TableKind kind, List<String> printedRowKeys) {
    DisclosureTable table = build(view, kind);
    return printedRowKeys.isEmpty() ? table : asPrinted(table, view, printedRowKeys);
  }

  /** A table built in its family's frame where the family prints it, else in the ledger's. */
  private DisclosureTable built(BudgetView view, Optional<FamilyLayout> family, TableKind kind) {
    DisclosureTableBuilder builder = builders.get(kind);
    return family
        .map(f -> f.frames().get(kind))
        .map(frame -> builder.build(view, frame))
        .orElseGet(() -> builder.build(view));
  }

  private static DisclosureTable framed(Optional<FamilyLayout> family, DisclosureTable table) {
    return family.map(f -> f.apply(table)).orElse(table);
  }
}
