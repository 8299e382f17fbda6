package org.budgetledger.app.inquiry;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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

/**
 * A district budget (seed codes of 北京市东城区医疗保障局) with a backdated adjustment, recorded through
 * commands in this order: 年初预算 (effective 1 Jan: 办公费 7.31, 基本工资 404.14), 追加 s1 (15 Mar, 办公费 +2.00);
 * then the "July" instant; 调剂 r1 (1 Aug, 办公费 −0.50 to 基本工资); 追加 b1 backdated (15 Jun, 办公费
 * +1.234567); then the "September" instant. The as-of axis is the event timestamp, so the two
 * instants are captured between the commands.
 */
final class InquiryLedger {
  static final String OFFICE_ROW = "2101501|50201|30201";
  static final String SALARY_ROW = "2101501|50101|30101";
  static final LocalDate END_OF_JUNE = LocalDate.of(2026, 6, 30);
  static final UnitCode BUREAU = DistrictLedger.BUREAU;
  static final Actor ACTOR = Actor.of("auditor-test");
  static final LineKey OFFICE = DistrictLedger.OFFICE;
  static final LineKey SALARY = DistrictLedger.SALARY;
  static final IncomeKey GENERAL = DistrictLedger.GENERAL;

  final BudgetId budget;
  final Instant july;
  final Instant september;

  private InquiryLedger(BudgetId budget, Instant july, Instant september) {
    this.budget = budget;
    this.july = july;
    this.september = september;
  }

  static InquiryLedger record(LedgerCommands commands) {
    BudgetId budget = BudgetId.of(2026, "Q" + Long.toHexString(System.nanoTime()).substring(6));
    Basis approval = new Basis("2026年部门预算批复", "东财预〔2026〕1号");
    DistrictLedger.openAndFund(commands, budget, approval, ACTOR);
    commands.send(supplement(budget, "s1", "2.00", LocalDate.of(2026, 3, 15)));
    Instant july = Instant.now();
    // A point in time separates the entries before it from those after: the next one must be
    // recorded in a later millisecond (the store keeps milliseconds, and writes are that fast).
    await()
        .pollInterval(Duration.ofMillis(1))
        .until(() -> Instant.now().toEpochMilli() > july.toEpochMilli());
    commands.send(
        new RecordEntryCommand(
            budget,
            EntryId.of("r1"),
            EntryType.REALLOCATION,
            List.of(),
            List.of(
                new SpendingLeg(OFFICE, Fen.parseWan("-0.50")),
                new SpendingLeg(SALARY, Fen.parseWan("0.50"))),
            LocalDate.of(2026, 8, 1),
            new Basis("关于调剂基本支出的批复", "东财预〔2026〕12号"),
            "办公费调剂至基本工资",
            ACTOR,
            "r1"));
    commands.send(supplement(budget, "b1", "1.234567", LocalDate.of(2026, 6, 15)));
    Instant september = Instant.now();
    return new InquiryLedger(budget, july, september);
  }

  private static RecordEntryCommand supplement(
      BudgetId budget, String id, String wan, LocalDate date) {
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
}
