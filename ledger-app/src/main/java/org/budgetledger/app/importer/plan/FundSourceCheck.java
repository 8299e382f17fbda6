package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.FunctionExpenditureTable;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummaryRow;

/**
 * The reconstruction funds every line from 一般公共预算 (this year's or carried over). A document
 * with income from other sources would need the split of each line by source, which no table
 * gives; it is refused with the place that shows the other source, rather than guessed.
 */
final class FundSourceCheck {
  private FundSourceCheck() {}

  static List<ImportProblem> problems(DisclosureDocument doc, String fileName) {
    List<ImportProblem> problems = new ArrayList<>();
    if (doc.incomeSummary() != null) {
      List<IncomeSummaryRow> rows = new ArrayList<>(doc.incomeSummary().rows());
      if (doc.incomeSummary().total() != null) {
        rows.add(doc.incomeSummary().total());
      }
      for (IncomeSummaryRow row : rows) {
        for (IncomeColumn column : IncomeColumn.values()) {
          boolean general = column == IncomeColumn.GENERAL_BUDGET
              || column == IncomeColumn.CARRY_OVER_GENERAL_BUDGET
              || column == IncomeColumn.THIS_YEAR_SUBTOTAL
              || column == IncomeColumn.CARRY_OVER_SUBTOTAL;
          var amount = row.amount(column);
          if (!general && amount != null && !amount.value().isZero()) {
            problems.add(new ImportProblem(fileName, row.lineNo(), "收入总表 / " + column.chinese(),
                "income from " + column.chinese() + " (" + amount.text() + "): only 一般公共预算"
                    + " funded budgets can be reconstructed line by line so far"));
          }
        }
      }
    }
    check(doc.governmentFundExpenditure(), "政府性基金预算支出表", fileName, problems);
    check(doc.stateCapitalExpenditure(), "国有资本经营预算支出表", fileName, problems);
    return problems;
  }

  private static void check(FunctionExpenditureTable table, String name, String fileName,
      List<ImportProblem> problems) {
    if (table != null && !table.notApplicable() && !table.rows().isEmpty()) {
      problems.add(new ImportProblem(fileName, table.rows().get(0).lineNo(), name,
          "spending funded by " + name + ": only 一般公共预算 funded budgets can be reconstructed"
              + " line by line so far"));
    }
  }
}
