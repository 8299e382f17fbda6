package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.FunctionExpenditureRow;
import org.budgetledger.app.importer.document.FunctionExpenditureTable;
import org.budgetledger.app.importer.document.IncomeExpenditureTable;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.SummaryItem;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;

/**
 * Which fund sources other than 一般公共预算 may pay a 支出总表 row and kind, and on which units. 政府性基金 and
 * 国有资本经营 pay the functions and kinds their own tables print (any row when the document has the
 * income but not the table); 上年结转 一般公共预算, and 上年结转 财政拨款 of no printed type, the 类 {@link
 * CarriedGeneralBudget} gives. Non-fiscal money may pay any row of a 类 where 收支总表 exceeds 财政拨款收支总表;
 * which of its sources pays which line no table says, so a unit with several non-fiscal sources
 * gets {@link FundSource#NON_FISCAL} lines, except where a 收入总表 by 功能科目 names the function's
 * sources ({@link NonFiscalByFunction}): none, and no non-fiscal money pays it; one, and it pays.
 */
final class FundGrid {
  /** A unit and the source that may pay from it. */
  record Payer(String unit, FundSource source) {}

  private final DisclosureDocument doc;
  private final String department;
  private final Predicate<String> nonFiscalClass;
  private final Predicate<String> carriedClass;
  private final Predicate<String> untypedCarriedClass;
  private final Set<String> byClassOnly;

  FundGrid(DisclosureDocument doc, String department) {
    this.doc = doc;
    this.department = department;
    this.nonFiscalClass =
        DocumentFunds.departmentHas(doc, department, DocumentFunds::nonFiscal)
            ? nonFiscalClasses(doc)
            : code -> false;
    this.carriedClass = CarriedGeneralBudget.classes(doc, department);
    this.untypedCarriedClass = CarriedGeneralBudget.untypedClasses(doc, department);
    this.byClassOnly = LineRows.beyondTheItems(doc);
  }

  static boolean hasOtherFunds(DisclosureDocument doc, String department) {
    return DocumentFunds.departmentHas(doc, department, f -> f != FundSource.GENERAL_BUDGET);
  }

  List<Payer> payers(String function, ExpenditureKind kind) {
    List<Payer> payers = new ArrayList<>();
    fiscal(FundSource.GOVERNMENT_FUND, doc.governmentFundExpenditure(), function, kind, payers);
    fiscal(FundSource.STATE_CAPITAL, doc.stateCapitalExpenditure(), function, kind, payers);
    // money a balance sheet spends beyond a 类's items is known by 类 only: its 类 line pays it
    if (function.length() > 3 && byClassOnly.contains(function.substring(0, 3))) {
      return payers;
    }
    if (carriedClass.test(function.substring(0, 3))) {
      DocumentFunds.units(doc, department, f -> f == FundSource.GENERAL_BUDGET)
          .forEach(u -> payers.add(new Payer(u, FundSource.GENERAL_BUDGET_CARRY_OVER)));
    }
    if (untypedCarriedClass.test(function.substring(0, 3))) {
      DocumentFunds.units(doc, department, f -> f == FundSource.FISCAL_CARRY_OVER)
          .forEach(u -> payers.add(new Payer(u, FundSource.FISCAL_CARRY_OVER)));
    }
    if (nonFiscalClass.test(function.substring(0, 3))) {
      Optional<List<FundSource>> byFunction = NonFiscalByFunction.sources(doc, function);
      List<String> units = DocumentFunds.units(doc, department, DocumentFunds::nonFiscal);
      for (String unit : UnitPayers.of(doc, department, function, kind, units)) {
        // a unit 收入总表 does not list takes the department's sources
        FundSource fund = DocumentFunds.nonFiscalFund(doc, department, unit);
        if (fund == FundSource.NON_FISCAL && byFunction.isPresent()) {
          // 收入总表 by 功能科目 names the function's non-fiscal sources: none, or one, pays it
          if (byFunction.get().isEmpty()) {
            continue;
          }
          if (byFunction.get().size() == 1) {
            fund = byFunction.get().get(0);
          }
        }
        payers.add(new Payer(unit, fund));
      }
    }
    return payers;
  }

  private void fiscal(
      FundSource fund,
      FunctionExpenditureTable table,
      String function,
      ExpenditureKind kind,
      List<Payer> payers) {
    boolean printed = table != null && !table.rows().isEmpty();
    boolean pays =
        printed
            ? leafRows(table).stream()
                .anyMatch(r -> under(function, r) && LineGrid.present(fundColumn(r, kind)))
            : DocumentFunds.departmentHas(doc, department, f -> f == fund);
    if (pays) {
      DocumentFunds.units(doc, department, f -> f == fund)
          .forEach(u -> payers.add(new Payer(u, fund)));
    }
  }

  /**
   * Whether a fund row's money may sit on the line of {@code function}: any line under its code; a
   * row printing its 合计 alone (a 类 of a fund 收支表) only its own code's line, for the fund's money is
   * known at that grain and the items another table prints under it are not the fund's ({@link
   * LineRows}).
   */
  private static boolean under(String function, FunctionExpenditureRow r) {
    return totalAlone(r)
        ? function.equals(r.functionCode())
        : function.startsWith(r.functionCode());
  }

  private static boolean totalAlone(FunctionExpenditureRow r) {
    return r.basic() != null
        && r.basic().notPrinted()
        && r.project() != null
        && r.project().notPrinted();
  }

  /**
   * A fund table prints 基本 and 项目 only: no reserve. A row printing its 合计 alone (a 类 of a fund 收支表,
   * whose split by use is the whole fund's) says the fund pays under it, of either kind.
   */
  private static PublishedAmount fundColumn(FunctionExpenditureRow r, ExpenditureKind kind) {
    PublishedAmount column = kind.isBasic() ? r.basic() : kind.isProject() ? r.project() : null;
    return totalAlone(r) ? r.total() : column;
  }

  /** The rows of a fund table that no other row refines: a 类 or 款 row over its 项 is a subtotal. */
  static List<FunctionExpenditureRow> leafRows(FunctionExpenditureTable table) {
    return table.rows().stream()
        .filter(r -> r.functionCode() != null)
        .filter(
            r ->
                table.rows().stream()
                    .noneMatch(
                        o ->
                            o != r
                                && o.functionCode() != null
                                && o.functionCode().length() > r.functionCode().length()
                                && o.functionCode().startsWith(r.functionCode())))
        .toList();
  }

  /**
   * The 类 where 收支总表 spends more than 财政拨款收支总表: only there can non-fiscal money pay. Every 类 when
   * the document lacks either table.
   */
  private static Predicate<String> nonFiscalClasses(DisclosureDocument doc) {
    IncomeExpenditureTable all = doc.incomeExpenditureSummary();
    IncomeExpenditureTable fiscal = doc.fiscalAppropriationSummary();
    if (all == null || fiscal == null) {
      return code -> true;
    }
    Map<String, Long> fiscalByClass = byClass(fiscal);
    Set<String> classes = new TreeSet<>();
    byClass(all)
        .forEach(
            (code, fen) -> {
              if (fen.longValue() != fiscalByClass.getOrDefault(code, 0L)) {
                classes.add(code);
              }
            });
    return classes::contains;
  }

  static Map<String, Long> byClass(IncomeExpenditureTable table) {
    Map<String, Long> fen = new HashMap<>();
    for (SummaryItem item : table.spendingByClass()) {
      String code = GapFinder.classCode(item.label());
      if (code != null) {
        fen.merge(code, GapFinder.fen(item.amount()), Math::addExact);
      }
    }
    return fen;
  }
}
