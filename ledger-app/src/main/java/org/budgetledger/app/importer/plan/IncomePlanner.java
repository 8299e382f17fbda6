package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.UnitCode;

/**
 * Income legs at the finest level 收入总表 gives, one per unit (or the department) × fund source ×
 * origin it prints. One of them balances the unit: this year's 一般公共预算 (else its largest this-year
 * source) is the unit's reconstructed spending plus the 年终结转结余 it keeps, less its other income as
 * printed, so a budget printed to 2 decimals still balances to the fen.
 */
final class IncomePlanner {
  private IncomePlanner() {}

  static List<IncomeLeg> legs(
      DisclosureDocument doc,
      String department,
      Map<String, Long> spendingByUnit,
      long spendingTotal,
      long yearEndFen) {
    List<IncomeSummaryRow> unitRows = DocumentFunds.unitRows(doc, department);
    List<IncomeLeg> legs = new ArrayList<>();
    if (!unitRows.isEmpty()) {
      Map<String, IncomeSummaryRow> rows = new LinkedHashMap<>();
      unitRows.forEach(r -> rows.put(r.code(), r));
      String keeper = keeper(unitRows);
      Map<String, Long> units = new LinkedHashMap<>(spendingByUnit);
      rows.keySet().forEach(u -> units.putIfAbsent(u, 0L));
      units.forEach(
          (unit, spent) ->
              unit(
                  legs,
                  unit,
                  rows.get(unit),
                  spent,
                  unit.equals(keeper) ? yearEndFen : 0,
                  "UNIT_BALANCE",
                  "收入总表: the unit's income equals its reconstructed spending"));
      return legs;
    }
    unit(
        legs,
        DocumentCodes.departmentIncomeUnitCode(department),
        DocumentFunds.departmentRow(doc, department),
        spendingTotal,
        yearEndFen,
        "DEPARTMENT_BALANCE",
        "收入总表 gives income only for the whole department: this year's"
            + " income is total spending");
    return legs;
  }

  /** The unit that keeps the 年终结转结余 when units print their income: the one with most. */
  private static String keeper(List<IncomeSummaryRow> rows) {
    IncomeSummaryRow most = rows.get(0);
    for (IncomeSummaryRow r : rows) {
      if (fen(r.total()) > fen(most.total())) {
        most = r;
      }
    }
    return most.code();
  }

  private static void unit(
      List<IncomeLeg> legs,
      String unit,
      IncomeSummaryRow row,
      long spent,
      long kept,
      String rule,
      String explanation) {
    Map<DocumentFunds.Source, PublishedAmount> printed = DocumentFunds.printed(row);
    DocumentFunds.Source balancing = balancing(printed);
    long others = 0;
    boolean onlyCarryOver = true;
    for (var e : printed.entrySet()) {
      if (!e.getKey().equals(balancing)) {
        others = Math.addExact(others, fen(e.getValue()));
        onlyCarryOver &= e.getKey().origin() == Origin.CARRY_OVER;
      }
    }
    String because =
        explanation
            + (others == 0
                ? ""
                : onlyCarryOver ? " less its 上年结转结余" : " less its other income as printed")
            + (kept == 0
                ? ""
                : ", plus the 年终结转结余 of " + Fen.of(kept).formatWan(6) + " 万元 it keeps unspent");
    for (var e : printed.entrySet()) {
      if (!e.getKey().equals(balancing)) {
        add(legs, unit, e.getKey(), fen(e.getValue()), null);
      }
    }
    long balance = Math.subtractExact(Math.addExact(spent, kept), others);
    add(legs, unit, balancing, balance, new Derivation(rule, because));
  }

  /** This year's 一般公共预算 when printed or nothing this year is; else the largest this year. */
  private static DocumentFunds.Source balancing(
      Map<DocumentFunds.Source, PublishedAmount> printed) {
    DocumentFunds.Source general =
        new DocumentFunds.Source(FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR);
    DocumentFunds.Source largest = null;
    for (var e : printed.entrySet()) {
      if (e.getKey().origin() == Origin.CURRENT_YEAR
          && !printed.containsKey(general)
          && (largest == null || fen(e.getValue()) > fen(printed.get(largest)))) {
        largest = e.getKey();
      }
    }
    return largest == null ? general : largest;
  }

  private static void add(
      List<IncomeLeg> legs,
      String unit,
      DocumentFunds.Source source,
      long fen,
      Derivation derivation) {
    if (fen != 0) {
      legs.add(
          new IncomeLeg(
              new IncomeKey(UnitCode.of(unit), source.fund(), source.origin()),
              Fen.of(fen),
              derivation));
    }
  }

  private static long fen(PublishedAmount amount) {
    return amount == null ? 0 : amount.value().value();
  }
}
