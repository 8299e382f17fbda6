package org.budgetledger.app.importer.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.FunctionExpenditureRow;
import org.budgetledger.app.importer.document.FunctionExpenditureTable;
import org.budgetledger.app.importer.document.GeneralBudgetExpenditure;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.FundSource;

/**
 * Where 上年结转 一般公共预算 pays lines as a source of its own ({@link
 * org.budgetledger.core.model.FundSource#GENERAL_BUDGET_CARRY_OVER}): the department carries 一般公共预算
 * money over, and its 一般公共预算支出表 adds up to this year's 一般公共预算 income alone (the central template),
 * so the carried money is in 财政拨款收支总表 and 支出总表 but in no row of 一般公共预算支出表. It may pay the 类 where
 * 财政拨款收支总表 spends more than 一般公共预算支出表 and the 政府性基金 and 国有资本经营 tables print: the document
 * determines it by 类, not by item. A document whose 一般公共预算支出表 includes the carry-over (Beijing)
 * keeps one 一般公共预算 source for its lines.
 */
final class CarriedGeneralBudget {
  private CarriedGeneralBudget() {}

  /** The 类 codes the carry-over may pay; none when the document does not print it apart. */
  static Predicate<String> classes(DisclosureDocument doc, String department) {
    if (!printedApart(doc, department)) {
      return code -> false;
    }
    return beyondTheTablesByFunction(doc);
  }

  /**
   * The 类 the 上年结转 财政拨款 of no printed type may pay ({@link FundSource#FISCAL_CARRY_OVER}): the
   * department's income carries it ({@link DocumentFunds}), and it pays where 财政拨款收支总表 spends more
   * than the fiscal tables by function print, as a typed carry-over does.
   */
  static Predicate<String> untypedClasses(DisclosureDocument doc, String department) {
    IncomeSummaryRow income = DocumentFunds.departmentRow(doc, department);
    if (income == null
        || !LineGrid.present(income.amount(IncomeColumn.CARRY_OVER_FISCAL_UNTYPED))
        || doc.generalBudgetExpenditure() == null) {
      return code -> false;
    }
    return beyondTheTablesByFunction(doc);
  }

  private static Predicate<String> beyondTheTablesByFunction(DisclosureDocument doc) {
    if (doc.fiscalAppropriationSummary() == null) {
      return code -> true;
    }
    Map<String, Long> printed = new HashMap<>();
    for (GeneralBudgetRow r : doc.generalBudgetExpenditure().rows()) {
      if (r.functionCode() != null && r.functionCode().length() == 7) {
        printed.merge(r.functionCode().substring(0, 3), GapFinder.fen(r.total()), Math::addExact);
      }
    }
    fund(doc.governmentFundExpenditure(), printed);
    fund(doc.stateCapitalExpenditure(), printed);
    Set<String> classes = new TreeSet<>();
    FundGrid.byClass(doc.fiscalAppropriationSummary())
        .forEach(
            (code, fen) -> {
              if (fen > printed.getOrDefault(code, 0L)) {
                classes.add(code);
              }
            });
    return classes::contains;
  }

  /**
   * The department's income shows 上年结转 一般公共预算, and 一般公共预算支出表's 合计 is this year's 一般公共预算 income
   * exactly: the table leaves the carry-over out.
   */
  private static boolean printedApart(DisclosureDocument doc, String department) {
    IncomeSummaryRow income = DocumentFunds.departmentRow(doc, department);
    GeneralBudgetExpenditure table = doc.generalBudgetExpenditure();
    if (income == null || table == null || table.total() == null) {
      return false;
    }
    PublishedAmount carried = income.amount(IncomeColumn.CARRY_OVER_GENERAL_BUDGET);
    PublishedAmount current = income.amount(IncomeColumn.GENERAL_BUDGET);
    return LineGrid.present(carried)
        && LineGrid.present(current)
        && LineGrid.present(table.total().total())
        && table.total().total().value().equals(current.value());
  }

  private static void fund(FunctionExpenditureTable table, Map<String, Long> printed) {
    if (table == null || table.notApplicable()) {
      return;
    }
    for (FunctionExpenditureRow r : FundGrid.leafRows(table)) {
      if (r.functionCode().length() >= 3) {
        printed.merge(r.functionCode().substring(0, 3), GapFinder.fen(r.total()), Math::addExact);
      }
    }
  }
}
