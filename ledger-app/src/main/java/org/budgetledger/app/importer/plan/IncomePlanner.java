package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeColumn;
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
 * Income legs at the finest level 收入总表 gives. With unit rows, each unit's income is its
 * reconstructed spending (a unit's budget balances), less the 上年结转 the row prints; with only a
 * department row, the department's income as printed, on the department-level income unit.
 */
final class IncomePlanner {
  private IncomePlanner() {}

  static List<IncomeLeg> legs(DisclosureDocument doc, String department,
      Map<String, Long> spendingByUnit, long spendingTotal) {
    List<IncomeSummaryRow> unitRows = doc.incomeSummary() == null ? List.of()
        : doc.incomeSummary().rows().stream()
            .filter(r -> r.code() != null && !r.code().equals(department)).toList();
    Map<String, Long> carry = new LinkedHashMap<>();
    List<IncomeLeg> legs = new ArrayList<>();
    if (!unitRows.isEmpty()) {
      unitRows.forEach(r -> carry.put(r.code(), fen(r.amount(IncomeColumn.CARRY_OVER_GENERAL_BUDGET))));
      for (Map.Entry<String, Long> unit : spendingByUnit.entrySet()) {
        long carried = carry.getOrDefault(unit.getKey(), 0L);
        add(legs, unit.getKey(), Origin.CARRY_OVER, carried, null);
        add(legs, unit.getKey(), Origin.CURRENT_YEAR, unit.getValue() - carried, new Derivation(
            "UNIT_BALANCE", "收入总表: the unit's income equals its reconstructed spending"
                + (carried == 0 ? "" : " less its 上年结转结余")));
      }
      return legs;
    }
    String unit = DocumentCodes.departmentIncomeUnitCode(department);
    IncomeSummaryRow total = doc.incomeSummary() == null ? null : doc.incomeSummary().total();
    long carried = total == null ? 0 : fen(total.amount(IncomeColumn.CARRY_OVER_GENERAL_BUDGET));
    add(legs, unit, Origin.CARRY_OVER, carried, null);
    add(legs, unit, Origin.CURRENT_YEAR, spendingTotal - carried, new Derivation(
        "DEPARTMENT_BALANCE", "收入总表 gives income only for the whole department: this year's"
            + " income is total spending less 上年结转结余"));
    return legs;
  }

  private static void add(List<IncomeLeg> legs, String unit, Origin origin, long fen,
      Derivation derivation) {
    if (fen != 0) {
      legs.add(new IncomeLeg(new IncomeKey(UnitCode.of(unit), FundSource.GENERAL_BUDGET, origin),
          Fen.of(fen), derivation));
    }
  }

  private static long fen(PublishedAmount amount) {
    return amount == null ? 0 : amount.value().value();
  }
}
