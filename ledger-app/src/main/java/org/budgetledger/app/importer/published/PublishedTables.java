package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ParseProblem;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.document.QuotedFigure;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.reconciliation.UnreadableCell;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;

/**
 * The figures a published document prints, as disclosure tables with exactly the row and column
 * keys the builders give the same format's rebuilt tables, so that the two compare cell by cell.
 * Each money cell holds the exact fen of the printed text, its printed decimals ({@code
 * TableCell.fixedDecimals}) and its source line ({@code CellSource.Printed}); an empty cell is
 * zero. 表12/表13 facts are text cells sourced {@code Printed}; labels are layout text. A table the
 * document lacks is absent from the map.
 */
public final class PublishedTables {
  private PublishedTables() {}

  public static Map<TableKind, DisclosureTable> assemble(DisclosureDocument document) {
    return assemble(document, new ArrayList<>());
  }

  /**
   * The document's tables, its 情况说明 figures, and what could not be read: the parser's problems and
   * any printed label these tables cannot key.
   */
  public static TableSet tableSet(ParseResult parsed) {
    DisclosureDocument document = parsed.document();
    List<UnreadableCell> unreadable = new ArrayList<>();
    for (ParseProblem problem : parsed.problems()) {
      unreadable.add(
          new UnreadableCell(
              tableOf(problem.field()), problem.lineNo(), problem.field(), problem.message()));
    }
    Map<TableKind, DisclosureTable> tables = assemble(document, unreadable);
    return new TableSet(
        document.header().format(),
        document.header().decimals(),
        false,
        tables,
        narrative(document),
        unreadable,
        document.moneyUnit());
  }

  private static Map<TableKind, DisclosureTable> assemble(
      DisclosureDocument d, List<UnreadableCell> unreadable) {
    if (d.header().format() == null) {
      throw new IllegalArgumentException(
          d.header().fileName()
              + ": the table numbering matches "
              + "neither format, so the tables cannot be numbered or keyed");
    }
    Map<TableKind, DisclosureTable> tables = new EnumMap<>(TableKind.class);
    if (d.incomeExpenditureSummary() != null) {
      tables.put(
          TableKind.INCOME_EXPENDITURE_SUMMARY,
          BalanceSheets.build(
              d, d.incomeExpenditureSummary(), TableKind.INCOME_EXPENDITURE_SUMMARY, unreadable));
    }
    if (d.incomeSummary() != null) {
      tables.put(TableKind.INCOME_SUMMARY, IncomeTable.build(d, d.incomeSummary()));
    }
    if (d.expenditureSummary() != null) {
      tables.put(
          TableKind.EXPENDITURE_SUMMARY, ExpenditureTables.summary(d, d.expenditureSummary()));
    }
    if (d.procurement() != null) {
      tables.put(TableKind.PROCUREMENT, TagTables.procurement(d, d.procurement()));
    }
    if (d.fiscalAppropriationSummary() != null) {
      tables.put(
          TableKind.FISCAL_APPROPRIATION_SUMMARY,
          BalanceSheets.build(
              d,
              d.fiscalAppropriationSummary(),
              TableKind.FISCAL_APPROPRIATION_SUMMARY,
              unreadable));
    }
    if (d.generalBudgetExpenditure() != null) {
      tables.put(
          TableKind.GENERAL_BUDGET_EXPENDITURE,
          GeneralBudgetTable.build(d, d.generalBudgetExpenditure()));
    }
    if (d.generalBudgetBasic() != null) {
      tables.put(
          TableKind.GENERAL_BUDGET_BASIC, ExpenditureTables.basic(d, d.generalBudgetBasic()));
    }
    if (d.fiscalAppropriationBasic() != null) {
      tables.put(
          TableKind.FISCAL_APPROPRIATION_BASIC,
          ExpenditureTables.basic(
              d, d.fiscalAppropriationBasic(), TableKind.FISCAL_APPROPRIATION_BASIC));
    }
    if (d.generalBudgetProjectEconomic() != null) {
      tables.put(
          TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC,
          ExpenditureTables.projectEconomic(d, d.generalBudgetProjectEconomic()));
    }
    if (d.generalBudgetEconomic() != null) {
      tables.put(
          TableKind.GENERAL_BUDGET_ECONOMIC,
          ExpenditureTables.allKinds(d, d.generalBudgetEconomic()));
    }
    if (d.projectExpenditure() != null) {
      tables.put(TableKind.PROJECT_EXPENDITURE, ProjectTable.build(d, d.projectExpenditure()));
    }
    if (d.basicExpenditureSummary() != null) {
      tables.put(
          TableKind.BASIC_EXPENDITURE_SUMMARY,
          BasicSummaryTable.build(d, d.basicExpenditureSummary()));
    }
    if (d.expenditureByUnit() != null) {
      tables.put(
          TableKind.EXPENDITURE_BY_UNIT,
          GeneralBudgetTable.build(d, d.expenditureByUnit(), TableKind.EXPENDITURE_BY_UNIT));
    }
    d.functionSpending()
        .forEach((kind, table) -> tables.put(kind, FunctionSpendingTables.printed(d, kind, table)));
    if (d.governmentFundExpenditure() != null) {
      tables.put(
          TableKind.GOVERNMENT_FUND_EXPENDITURE,
          ExpenditureTables.byFunction(
              d, d.governmentFundExpenditure(), TableKind.GOVERNMENT_FUND_EXPENDITURE));
    }
    if (d.stateCapitalExpenditure() != null) {
      tables.put(
          TableKind.STATE_CAPITAL_EXPENDITURE,
          ExpenditureTables.byFunction(
              d, d.stateCapitalExpenditure(), TableKind.STATE_CAPITAL_EXPENDITURE));
    }
    if (d.threePublicExpenses() != null) {
      tables.put(
          TableKind.THREE_PUBLIC_EXPENSES, TagTables.threePublic(d, d.threePublicExpenses()));
    }
    if (d.purchasedServices() != null) {
      tables.put(TableKind.PURCHASED_SERVICES, TagTables.services(d, d.purchasedServices()));
    }
    if (d.projectPerformance() != null) {
      tables.put(
          TableKind.PROJECT_PERFORMANCE, PerformanceTables.projects(d, d.projectPerformance()));
    }
    if (d.departmentPerformance() != null) {
      tables.put(
          TableKind.DEPARTMENT_PERFORMANCE,
          PerformanceTables.department(d, d.departmentPerformance(), unreadable));
    }
    return tables;
  }

  /**
   * 情况说明's figures as the ledger records them. Decimals are counted in 万元: a figure quoted in 元
   * with d decimals is known to d + 4 decimals of 万元.
   */
  static List<NarrativeFigure> narrative(DisclosureDocument document) {
    List<NarrativeFigure> figures = new ArrayList<>();
    for (QuotedFigure f : document.narrative().figures()) {
      int decimals =
          f.unit().equals("元") ? Math.min(6, f.amount().decimals() + 4) : f.amount().decimals();
      figures.add(
          new NarrativeFigure(f.key(), f.label(), f.amount().value(), decimals, f.sentence()));
    }
    return figures;
  }

  /** The table a parse problem is in: its field starts with the table's label, 预算03表 支出总表. */
  static TableKind tableOf(String field) {
    for (TableKind kind : TableKind.values()) {
      if (field != null && field.matches("^预算\\d+表 " + kind.chinese() + "(\\s.*|/.*)?$")) {
        return kind;
      }
    }
    return null;
  }
}
