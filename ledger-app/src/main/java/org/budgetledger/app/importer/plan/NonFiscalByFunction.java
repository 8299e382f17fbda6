package org.budgetledger.app.importer.plan;

import java.util.List;
import java.util.Optional;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;

/**
 * The non-fiscal sources of this year that a 收入总表 by 功能科目 prints for a function: those of its
 * finest row whose code the function's starts with (a 项 row, else its 款 or 类). Empty where the
 * table has no such row, or the row does not account for its 合计 by this year's sources: nothing is
 * then said by function.
 */
final class NonFiscalByFunction {
  private NonFiscalByFunction() {}

  static Optional<List<FundSource>> sources(DisclosureDocument doc, String function) {
    if (doc.incomeSummary() == null) {
      return Optional.empty();
    }
    IncomeSummaryRow finest = null;
    for (IncomeSummaryRow row : doc.incomeSummary().functionRows()) {
      if (function.startsWith(row.code())
          && (finest == null || row.code().length() > finest.code().length())) {
        finest = row;
      }
    }
    if (finest == null || !accountedFor(finest)) {
      return Optional.empty();
    }
    return Optional.of(
        DocumentFunds.printed(finest).keySet().stream()
            .filter(s -> s.origin() == Origin.CURRENT_YEAR && DocumentFunds.nonFiscal(s.fund()))
            .map(DocumentFunds.Source::fund)
            .distinct()
            .toList());
  }

  /**
   * The margins of the rows that name one non-fiscal source: the lines of that source under the
   * row's code sum to its printed figure. A source of several on a row pays lines recorded as
   * 非财政拨款资金, and says nothing per line.
   */
  static void margins(DisclosureDocument doc, PlanMargins m) {
    if (doc.incomeSummary() == null) {
      return;
    }
    for (IncomeSummaryRow row : doc.incomeSummary().functionRows()) {
      Optional<List<FundSource>> sources = sources(doc, row.code());
      if (sources.isEmpty() || sources.get().size() != 1) {
        continue;
      }
      FundSource source = sources.get().get(0);
      String code = row.code();
      java.util.function.Predicate<LineCell> paid =
          c -> c.source() == source && c.function().startsWith(code);
      if (!m.hasCells(paid)) {
        // no line of the source here (its 类 has no non-fiscal spending by the balance sheets):
        // the reconciliation reports the row, the solve does not fail on it
        continue;
      }
      m.add(
          "tfn:" + code + ":" + source.name(),
          "收入总表",
          code + " " + source.chinese(),
          row.amount(IncomeColumn.valueOf(source.name())),
          row.lineNo(),
          paid);
    }
  }

  /**
   * Whether the row's this-year sources add up to its 合计 as printed: a row carrying money over, or
   * printing a figure in a column the ledger does not read (使用非财政拨款结余), or not adding up, says
   * nothing about which source pays.
   */
  private static boolean accountedFor(IncomeSummaryRow row) {
    if (!LineGrid.present(row.total())) {
      return false;
    }
    long fiscal = 0;
    long other = 0;
    for (var e : DocumentFunds.printed(row).entrySet()) {
      if (e.getKey().origin() != Origin.CURRENT_YEAR) {
        return false;
      }
      long fen = e.getValue().value().value();
      if (DocumentFunds.nonFiscal(e.getKey().fund())) {
        other = Math.addExact(other, fen);
      } else {
        fiscal = Math.addExact(fiscal, fen);
      }
    }
    // a family printing 财政拨款 alone (Shanghai) gives the fiscal part as that subtotal
    PublishedAmount subtotal = row.amount(IncomeColumn.FISCAL_SUBTOTAL);
    if (LineGrid.present(subtotal)) {
      fiscal = subtotal.value().value();
    }
    return Math.addExact(fiscal, other) == row.total().value().value();
  }
}
