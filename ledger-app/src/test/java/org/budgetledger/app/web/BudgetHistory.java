package org.budgetledger.app.web;

import java.time.LocalDate;
import java.util.List;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;

/**
 * A budget with a history for the journal, the entry page and 回放: the district seed's codes
 * (201001's 办公费 7.31 and 基本工资 404.14 万元 in 年初预算), then, recorded in this order, 追加 s1 (办公费 +2.00,
 * effective 15 March, 东财预〔2026〕8号), 调剂 r1 (办公费 −0.50 to 基本工资, effective 1 August, 东财预〔2026〕12号) and
 * 追加 b1 (办公费 +1.234567, effective 15 June, 东财预〔2026〕8号).
 */
final class BudgetHistory {
  /** 支出总表 row of 201001's 基本工资. */
  static final String SALARY_ROW = "2101501|50101|30101";

  private BudgetHistory() {}

  static void record(LedgerCommands commands, BudgetId budget) {
    WebTestData.openDistrict(commands, budget);
    commands.send(
        entry(
            budget,
            "s1",
            EntryType.SUPPLEMENT,
            "2026-03-15",
            "东财预〔2026〕8号",
            List.of(office("2.00")),
            "2.00"));
    commands.send(
        entry(
            budget,
            "r1",
            EntryType.REALLOCATION,
            "2026-08-01",
            "东财预〔2026〕12号",
            List.of(office("-0.50"), salary("0.50")),
            null));
    commands.send(
        entry(
            budget,
            "b1",
            EntryType.SUPPLEMENT,
            "2026-06-15",
            "东财预〔2026〕8号",
            List.of(office("1.234567")),
            "1.234567"));
  }

  private static RecordEntryCommand entry(
      BudgetId budget,
      String id,
      EntryType type,
      String effective,
      String number,
      List<SpendingLeg> spending,
      String income) {
    List<IncomeLeg> incomeLegs =
        income == null
            ? List.of()
            : List.of(
                new IncomeLeg(
                    new IncomeKey(
                        WebTestData.BUREAU, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR),
                    Fen.parseWan(income)));
    String reason = type == EntryType.REALLOCATION ? "办公费调剂至基本工资" : "追加办公经费";
    return new RecordEntryCommand(
        budget,
        EntryId.of(id),
        type,
        incomeLegs,
        spending,
        LocalDate.parse(effective),
        new Basis("关于" + reason + "的批复", number),
        reason,
        WebTestData.ACTOR,
        budget + "-" + id);
  }

  private static SpendingLeg office(String wan) {
    return new SpendingLeg(line("50201", "30201", ExpenditureKind.BASIC_PUBLIC), Fen.parseWan(wan));
  }

  private static SpendingLeg salary(String wan) {
    return new SpendingLeg(
        line("50101", "30101", ExpenditureKind.BASIC_PERSONNEL), Fen.parseWan(wan));
  }

  private static LineKey line(String gov, String dept, ExpenditureKind kind) {
    return new LineKey(
        WebTestData.BUREAU,
        FunctionCode.of("2101501"),
        GovEconomicCode.of(gov),
        DeptEconomicCode.of(dept),
        kind,
        null,
        FundSource.GENERAL_BUDGET);
  }
}
