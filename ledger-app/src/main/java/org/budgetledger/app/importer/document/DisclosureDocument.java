package org.budgetledger.app.importer.document;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;

/**
 * Everything a published disclosure document says, cell by cell with its source line: the header,
 * the units, the 13 tables (named by content; a table the document lacks is null and a problem says
 * so) and those only some families print (null where not printed), the narrative, and warnings:
 * things read with a reservation, such as unnamed units.
 */
public record DisclosureDocument(
    DocumentHeader header,
    List<DocumentUnit> units,
    IncomeExpenditureTable incomeExpenditureSummary,
    IncomeSummary incomeSummary,
    ExpenditureSummary expenditureSummary,
    ProcurementTable procurement,
    IncomeExpenditureTable fiscalAppropriationSummary,
    GeneralBudgetExpenditure generalBudgetExpenditure,
    GeneralBudgetBasic generalBudgetBasic,
    GeneralBudgetProjectEconomic generalBudgetProjectEconomic,
    GeneralBudgetEconomic generalBudgetEconomic,
    ProjectExpenditure projectExpenditure,
    Map<TableKind, FunctionSpending> functionSpending,
    FunctionExpenditureTable governmentFundExpenditure,
    FunctionExpenditureTable stateCapitalExpenditure,
    ThreePublicExpenses threePublicExpenses,
    PurchasedServicesTable purchasedServices,
    ProjectPerformanceTable projectPerformance,
    DepartmentPerformanceTable departmentPerformance,
    BasicExpenditureSummary basicExpenditureSummary,
    GeneralBudgetBasic fiscalAppropriationBasic,
    GeneralBudgetExpenditure expenditureByUnit,
    Narrative narrative,
    List<ParseProblem> warnings) {
  public DisclosureDocument {
    units = List.copyOf(units);
    functionSpending = Map.copyOf(functionSpending);
    warnings = List.copyOf(warnings);
  }

  /**
   * The unit the document states its budget in: that of its 收支总表's totals as printed (元 for a
   * Shanghai document), 万元 when it has none.
   */
  public MoneyUnit moneyUnit() {
    if (incomeExpenditureSummary == null) {
      return MoneyUnit.WAN_YUAN;
    }
    return Stream.of(
            incomeExpenditureSummary.incomeGrandTotal(),
            incomeExpenditureSummary.incomeThisYear(),
            incomeExpenditureSummary.spendingGrandTotal(),
            incomeExpenditureSummary.spendingThisYear())
        .filter(a -> a != null && !a.notPrinted())
        .findFirst()
        .map(a -> MoneyUnit.of(a.inYuan()))
        .orElse(MoneyUnit.WAN_YUAN);
  }
}
