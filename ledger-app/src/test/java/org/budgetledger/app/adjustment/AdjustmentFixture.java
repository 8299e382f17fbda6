package org.budgetledger.app.adjustment;

import java.util.List;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.testdata.DistrictLedger;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.UnitCode;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.PointInTime;

/**
 * A budget with the district seed's codes (北京市东城区医疗保障局, 2026): unit 201001 with 办公费
 * 2101501/50201/30201 at 7.31 万元 and 基本工资 2101501/50101/30101 at 404.14 万元, funded by 411.45 万元 of
 * 一般公共预算.
 */
final class AdjustmentFixture {
  static final UnitCode BUREAU = DistrictLedger.BUREAU;
  static final Basis BASIS = new Basis("2026年部门预算批复", "东财预〔2026〕1号");
  static final Actor ACTOR = Actor.of("tester");
  static final LineKey OFFICE = DistrictLedger.OFFICE;
  static final LineKey SALARY = DistrictLedger.SALARY;
  static final IncomeKey GENERAL = DistrictLedger.GENERAL;

  private AdjustmentFixture() {}

  static LineKey line(String gov, String dept, ExpenditureKind kind) {
    return DistrictLedger.line(gov, dept, kind);
  }

  static void openAndFund(LedgerCommands commands, BudgetId budget) {
    DistrictLedger.openAndFund(commands, budget, BASIS, ACTOR);
  }

  /** The balance of the spending legs under a department economic code prefix, in fen. */
  static long spending(LedgerQueries queries, BudgetId budget, String deptEconomic) {
    var rows =
        queries.balances(
            budget,
            LegFilter.spending().unit("201001").deptEconomic(deptEconomic),
            List.of(),
            PointInTime.LATEST);
    return rows.isEmpty() ? 0 : rows.get(0).amount().value();
  }

  static long income(LedgerQueries queries, BudgetId budget, Origin origin) {
    var rows =
        queries.balances(budget, LegFilter.income().origins(origin), List.of(), PointInTime.LATEST);
    return rows.isEmpty() ? 0 : rows.get(0).amount().value();
  }

  static String leg(
      String side,
      String gov,
      String dept,
      String kind,
      String fund,
      String origin,
      String amount) {
    if (side.equals("income")) {
      return """
          {"unit":"201001","fundSource":"%s","origin":"%s","amount":"%s"}"""
          .formatted(fund, origin, amount);
    }
    return """
        {"unit":"201001","function":"2101501","govEconomic":"%s","deptEconomic":"%s",\
        "kind":"%s","fundSource":"%s","amount":"%s"}"""
        .formatted(gov, dept, kind, fund, amount);
  }
}
