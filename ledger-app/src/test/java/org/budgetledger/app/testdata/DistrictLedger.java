package org.budgetledger.app.testdata;

import java.time.LocalDate;
import java.util.List;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.budget.api.OpenBudgetCommand;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.DisclosureFormat;
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
import org.budgetledger.core.model.Unit;
import org.budgetledger.core.model.UnitCode;

/**
 * The small budget many tests start from, with the district seed's codes: unit 201001 funded by
 * 411.45 万元 of 一般公共预算 that pays its 办公费 (7.31) and 基本工资 (404.14) on 2026-01-01.
 */
public final class DistrictLedger {
  public static final UnitCode BUREAU = UnitCode.of("201001");
  public static final LineKey OFFICE = line("50201", "30201", ExpenditureKind.BASIC_PUBLIC);
  public static final LineKey SALARY = line("50101", "30101", ExpenditureKind.BASIC_PERSONNEL);
  public static final IncomeKey GENERAL =
      new IncomeKey(BUREAU, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR);

  private DistrictLedger() {}

  /** A basic line of 201001 under 2101501 行政单位医疗, paid by 一般公共预算. */
  public static LineKey line(String gov, String dept, ExpenditureKind kind) {
    return new LineKey(
        BUREAU,
        FunctionCode.of("2101501"),
        GovEconomicCode.of(gov),
        DeptEconomicCode.of(dept),
        kind,
        null,
        FundSource.GENERAL_BUDGET);
  }

  /** Opens the budget and records its 年初预算 (entry {@code initial}), both on the given basis. */
  public static void openAndFund(
      LedgerCommands commands, BudgetId budget, Basis basis, Actor actor) {
    commands.send(
        new OpenBudgetCommand(
            budget,
            "北京市东城区医疗保障局",
            DisclosureFormat.DISTRICT,
            2,
            List.of(new Unit(BUREAU, "北京市东城区医疗保障局本级", "行政单位")),
            LocalDate.of(2026, 1, 1),
            basis,
            actor));
    commands.send(
        new RecordEntryCommand(
            budget,
            EntryId.of("initial"),
            EntryType.INITIAL_BUDGET,
            List.of(new IncomeLeg(GENERAL, Fen.parseWan("411.45"))),
            List.of(
                new SpendingLeg(OFFICE, Fen.parseWan("7.31")),
                new SpendingLeg(SALARY, Fen.parseWan("404.14"))),
            LocalDate.of(2026, 1, 1),
            basis,
            "年初预算",
            actor,
            "initial"));
  }
}
