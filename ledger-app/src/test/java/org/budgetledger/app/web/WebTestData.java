package org.budgetledger.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
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
 * Budgets for the web tests: the published seeds imported as on start, and budgets recorded through
 * the command gateway like any other: a small one with the district seed's codes (201001's 办公费 7.31
 * and 基本工资 404.14) and a large synthetic one with 300 lines in 支出总表.
 */
final class WebTestData {
  static final UnitCode BUREAU = UnitCode.of("201001");
  static final Basis BASIS = new Basis("2026年部门预算批复", "东财预〔2026〕1号");
  static final Actor ACTOR = Actor.of("tester");

  /** 支出总表 row of 201001's 办公费. */
  static final String OFFICE_ROW = "2101501|50201|30201";

  static final String DISTRICT_SEED = "2026-dongcheng-district-healthcare-security-bureau.txt";
  static final String MUNICIPAL_SEED = "2026-beijing-municipal-healthcare-security-bureau.txt";

  private WebTestData() {}

  /** Imports a published seed (../seeds, from ledger-app) as ./ledger serve does; its budget id. */
  static String importSeed(DisclosureImporter importer, String file) throws IOException {
    ImportReport report =
        importer.importText(file, Files.readString(Path.of("..", "seeds", file)), ACTOR);
    if (report.status() == ImportReport.Status.REJECTED) {
      throw new IllegalStateException("seed " + file + " was rejected: " + report.problems());
    }
    return report.budgetId();
  }

  static void openDistrict(LedgerCommands commands, BudgetId budget) {
    open(commands, budget, DisclosureFormat.DISTRICT, 2);
    commands.send(
        initial(
            budget,
            List.of(
                new SpendingLeg(line("2101501", "50201", "30201"), Fen.parseWan("7.31")),
                new SpendingLeg(
                    new LineKey(
                        BUREAU,
                        FunctionCode.of("2101501"),
                        GovEconomicCode.of("50101"),
                        DeptEconomicCode.of("30101"),
                        ExpenditureKind.BASIC_PERSONNEL,
                        null,
                        FundSource.GENERAL_BUDGET),
                    Fen.parseWan("404.14")))));
  }

  /** 30 function codes × 10 economic codes: 300 detail rows, amounts with 6 decimals. */
  static void openLarge(LedgerCommands commands, BudgetId budget) {
    open(commands, budget, DisclosureFormat.MUNICIPAL, 6);
    List<SpendingLeg> legs = new ArrayList<>();
    for (int f = 1; f <= 30; f++) {
      for (int e = 1; e <= 10; e++) {
        String econ = e == 10 ? "99" : "0" + e;
        legs.add(
            new SpendingLeg(
                line(String.format("21015%02d", f), "502" + econ, "302" + econ),
                Fen.of(1_234_567L * f + e)));
      }
    }
    commands.send(initial(budget, legs));
  }

  private static void open(
      LedgerCommands commands, BudgetId budget, DisclosureFormat format, int decimals) {
    commands.send(
        new OpenBudgetCommand(
            budget,
            "北京市东城区医疗保障局",
            format,
            decimals,
            List.of(new Unit(BUREAU, "北京市东城区医疗保障局本级", "行政单位")),
            LocalDate.of(2026, 1, 1),
            BASIS,
            ACTOR));
  }

  private static RecordEntryCommand initial(BudgetId budget, List<SpendingLeg> spending) {
    Fen total = spending.stream().map(SpendingLeg::amount).reduce(Fen.ZERO, Fen::plus);
    return new RecordEntryCommand(
        budget,
        EntryId.of("initial-" + budget),
        EntryType.INITIAL_BUDGET,
        List.of(
            new IncomeLeg(
                new IncomeKey(BUREAU, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR), total)),
        spending,
        LocalDate.of(2026, 1, 1),
        BASIS,
        "年初预算",
        ACTOR,
        "initial-" + budget);
  }

  private static LineKey line(String function, String gov, String dept) {
    return new LineKey(
        BUREAU,
        FunctionCode.of(function),
        GovEconomicCode.of(gov),
        DeptEconomicCode.of(dept),
        ExpenditureKind.BASIC_PUBLIC,
        null,
        FundSource.GENERAL_BUDGET);
  }
}
