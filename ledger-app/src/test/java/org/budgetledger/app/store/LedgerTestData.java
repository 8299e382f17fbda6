package org.budgetledger.app.store;

import java.time.LocalDate;
import java.util.List;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.testdata.DistrictLedger;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.UnitCode;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.PointInTime;

/** A small budget with the district seed's codes: 201001's 办公费 (7.31) and 基本工资 (404.14). */
final class LedgerTestData {
  static final UnitCode BUREAU = DistrictLedger.BUREAU;
  static final Basis BASIS = new Basis("2026年部门预算批复", "东财预〔2026〕1号");
  static final Actor ACTOR = Actor.of("tester");
  static final LineKey OFFICE = DistrictLedger.OFFICE;
  static final LineKey SALARY = DistrictLedger.SALARY;
  static final IncomeKey GENERAL = DistrictLedger.GENERAL;

  private LedgerTestData() {}

  static void openAndFund(LedgerCommands commands, BudgetId budget) {
    DistrictLedger.openAndFund(commands, budget, BASIS, ACTOR);
  }

  /** A 追加 of 1.00 万元 on 2026-03-01 whose reason is the given text (a poison entry, say). */
  static RecordEntryCommand supplementWithReason(BudgetId budget, String id, String reason) {
    RecordEntryCommand c = supplement(budget, id, "1.00", LocalDate.of(2026, 3, 1));
    return new RecordEntryCommand(
        c.budgetId(),
        c.entryId(),
        c.type(),
        c.incomeLegs(),
        c.spendingLegs(),
        c.effectiveDate(),
        c.basis(),
        reason,
        c.actor(),
        id);
  }

  static RecordEntryCommand supplement(BudgetId budget, String id, String wan, LocalDate date) {
    Fen amount = Fen.parseWan(wan);
    return new RecordEntryCommand(
        budget,
        EntryId.of(id),
        EntryType.SUPPLEMENT,
        List.of(new IncomeLeg(GENERAL, amount)),
        List.of(new SpendingLeg(OFFICE, amount)),
        date,
        new Basis("关于追加办公经费的批复", "东财预〔2026〕8号"),
        "追加办公经费",
        ACTOR,
        id);
  }

  static RecordEntryCommand reduction(BudgetId budget, String id, String wan, LocalDate date) {
    Fen amount = Fen.parseWan(wan).negate();
    return new RecordEntryCommand(
        budget,
        EntryId.of(id),
        EntryType.REDUCTION,
        List.of(new IncomeLeg(GENERAL, amount)),
        List.of(new SpendingLeg(OFFICE, amount)),
        date,
        new Basis("关于追减办公经费的批复", "东财预〔2026〕9号"),
        "追减办公经费",
        ACTOR,
        id);
  }

  static Fen office(LedgerQueries queries, BudgetId budget, PointInTime at) {
    return queries
        .balances(budget, LegFilter.spending().unit("201001").deptEconomic("30201"), List.of(), at)
        .get(0)
        .amount();
  }

  static String entryJson(String type, String income, String spending) {
    return """
        {"type":"%s","effectiveDate":"2026-06-01","requestId":"json-%s-%s",
         "basis":{"document":"关于追加办公经费的批复","number":"东财预〔2026〕8号"},
         "reason":"追加办公经费",
         "incomeLegs":[{"unit":"201001","fundSource":"GENERAL_BUDGET","amount":"%s"}],
         "spendingLegs":[{"unit":"201001","function":"2101501","govEconomic":"50201",
           "deptEconomic":"30201","kind":"BASIC_PUBLIC","fundSource":"GENERAL_BUDGET",
           "amount":"%s"}]}
        """
        .formatted(type, income, spending, income, spending);
  }
}
