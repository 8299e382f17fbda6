package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.CodedName;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ExpenditureSummaryRow;
import org.budgetledger.app.importer.document.FunctionExpenditureRow;
import org.budgetledger.app.importer.document.FunctionExpenditureTable;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.app.importer.document.IncomeExpenditureTable;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.SummaryItem;
import org.budgetledger.core.model.Fen;

/**
 * The rows the lines are keyed by: 支出总表's function rows where it prints them. Where it prints none
 * (a 支出总表 of one row by use, or by unit and fund source), one row per function the tables by
 * function print (一般公共预算支出表, the 政府性基金 and 国有资本经营 tables), its kinds left open (unprinted): the
 * figures 支出总表 does print stay margins over these lines ({@link DocumentMargins}).
 */
final class LineRows {
  private LineRows() {}

  static List<ExpenditureSummaryRow> of(DisclosureDocument doc) {
    List<ExpenditureSummaryRow> printed = doc.expenditureSummary().rows();
    if (!printed.isEmpty()) {
      return printed;
    }
    Map<String, ExpenditureSummaryRow> byFunction = new LinkedHashMap<>();
    if (doc.generalBudgetExpenditure() != null) {
      for (GeneralBudgetRow r : doc.generalBudgetExpenditure().rows()) {
        if (r.functionCode() != null && LineGrid.present(r.total())) {
          byFunction.putIfAbsent(
              r.functionCode(), open(r.functionCode(), r.functionName(), r.total(), r.lineNo()));
        }
      }
    }
    java.util.Set<String> general = java.util.Set.copyOf(byFunction.keySet());
    fundRows(doc.governmentFundExpenditure(), byFunction);
    fundRows(doc.stateCapitalExpenditure(), byFunction);
    // a 款 or 类 printed above its 项 is their subtotal, not a line of its own; a fund table's rows
    // are the finest it prints (FundGrid.leafRows), so a fund 类 printed alone (the fund's money
    // known by 类 only, Xi'an's 政府性基金收支表) stays a line beside the 一般公共预算 items under it
    List<ExpenditureSummaryRow> rows = new ArrayList<>();
    for (ExpenditureSummaryRow row : byFunction.values()) {
      String code = row.function().code();
      if (!general.contains(code)
          || byFunction.keySet().stream()
              .noneMatch(other -> other.length() > code.length() && other.startsWith(code))) {
        rows.add(row);
      }
    }
    classRows(doc, rows);
    return rows;
  }

  /**
   * A 类 the balance sheets spend on that no table by function details (Xi'an's 其他支出 of 事业单位经营收入, a
   * 政府性基金 类 printed by 类 only) is a line at the grain they give: the 类 itself.
   */
  private static void classRows(DisclosureDocument doc, List<ExpenditureSummaryRow> rows) {
    Map<String, Long> detailed = detailedByClass(doc);
    for (IncomeExpenditureTable table :
        java.util.Arrays.asList(doc.incomeExpenditureSummary(), doc.fiscalAppropriationSummary())) {
      if (table == null) {
        continue;
      }
      for (SummaryItem item : table.spendingByClass()) {
        String code = GapFinder.classCode(item.label());
        if (code == null
            || !LineGrid.present(item.amount())
            || rows.stream().anyMatch(r -> r.function().code().equals(code))) {
          continue;
        }
        if (rows.stream().noneMatch(r -> r.function().code().startsWith(code))) {
          rows.add(open(code, item.label(), item.amount(), item.lineNo()));
        } else if (GapFinder.fen(item.amount()) > detailed.getOrDefault(code, 0L)) {
          rows.add(
              open(code, item.label(), beyond(item.amount(), detailed.get(code)), item.lineNo()));
        }
      }
    }
  }

  /**
   * The 类 where a balance sheet spends more than the tables by function print under it (money of a
   * carry-over or of sources those tables leave out): that money is known by 类 only, so it is a
   * line of the 类 beside the items, and no item takes it ({@link FundGrid}).
   */
  static java.util.Set<String> beyondTheItems(DisclosureDocument doc) {
    if (!fromFunctionTables(doc)) {
      return java.util.Set.of();
    }
    return of(doc).stream()
        .map(r -> r.function().code())
        .filter(code -> code.length() == 3)
        .filter(code -> detailedByClass(doc).containsKey(code))
        .collect(java.util.stream.Collectors.toSet());
  }

  /** The printed totals of the tables by function (their finest rows), by 类. */
  private static Map<String, Long> detailedByClass(DisclosureDocument doc) {
    Map<String, Long> byClass = new LinkedHashMap<>();
    if (doc.generalBudgetExpenditure() != null) {
      for (GeneralBudgetRow r : doc.generalBudgetExpenditure().rows()) {
        if (r.functionCode() != null
            && r.functionCode().length() > 3
            && LineGrid.present(r.total())) {
          byClass.merge(r.functionCode().substring(0, 3), GapFinder.fen(r.total()), Math::addExact);
        }
      }
    }
    for (FunctionExpenditureTable t :
        java.util.Arrays.asList(doc.governmentFundExpenditure(), doc.stateCapitalExpenditure())) {
      if (t != null) {
        for (FunctionExpenditureRow r : FundGrid.leafRows(t)) {
          if (r.functionCode().length() >= 3 && LineGrid.present(r.total())) {
            byClass.merge(
                r.functionCode().substring(0, 3), GapFinder.fen(r.total()), Math::addExact);
          }
        }
      }
    }
    return byClass;
  }

  private static PublishedAmount beyond(PublishedAmount printed, long detailedFen) {
    Fen rest = Fen.of(Math.subtractExact(printed.value().value(), detailedFen));
    return new PublishedAmount(
        rest,
        printed.decimals(),
        printed.lineNo(),
        printed.inYuan() ? rest.formatYuan(printed.decimals()) : rest.formatWan(printed.decimals()),
        printed.inYuan());
  }

  /** Whether the lines come from the tables by function rather than from 支出总表's rows. */
  static boolean fromFunctionTables(DisclosureDocument doc) {
    return doc.expenditureSummary().rows().isEmpty();
  }

  private static void fundRows(
      FunctionExpenditureTable table, Map<String, ExpenditureSummaryRow> byFunction) {
    if (table == null) {
      return;
    }
    for (FunctionExpenditureRow r : FundGrid.leafRows(table)) {
      if (LineGrid.present(r.total())) {
        byFunction.putIfAbsent(
            r.functionCode(), open(r.functionCode(), r.functionName(), r.total(), r.lineNo()));
      }
    }
  }

  /** A row by function whose kinds no table fixes: 基本 and 项目 unprinted under a printed total. */
  private static ExpenditureSummaryRow open(
      String code, String name, PublishedAmount total, int lineNo) {
    return new ExpenditureSummaryRow(
        new CodedName(code, name),
        null,
        null,
        total,
        unprinted(lineNo),
        unprinted(lineNo),
        null,
        null,
        null,
        lineNo);
  }

  static PublishedAmount unprinted(int lineNo) {
    return new PublishedAmount(Fen.ZERO, 6, lineNo, PublishedAmount.NOT_PRINTED_TEXT);
  }
}
