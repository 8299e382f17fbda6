package org.budgetledger.core.budget;

import java.time.LocalDate;
import java.util.List;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
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

/** Codes and amounts from the district seed (北京市东城区医疗保障局, 2026). */
final class DistrictFixtures {
  static final BudgetId BUDGET = BudgetId.of(2026, "201");
  static final UnitCode BUREAU = UnitCode.of("201001");
  static final UnitCode CENTRE = UnitCode.of("201002");
  static final Actor FINANCE = Actor.of("finance-bureau");
  static final Basis APPROVAL = new Basis("2026年部门预算批复", "东财预〔2026〕1号");
  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  /** 2101501 行政运行 / 50101 工资奖金津补贴 / 30101 基本工资, personnel, 一般公共预算. */
  static final LineKey BASIC_SALARY =
      line(BUREAU, "2101501", "50101", "30101", ExpenditureKind.BASIC_PERSONNEL);

  /** 2101501 行政运行 / 50201 办公经费 / 30201 办公费, public. */
  static final LineKey OFFICE =
      line(BUREAU, "2101501", "50201", "30201", ExpenditureKind.BASIC_PUBLIC);

  /** 2101599 其他医疗保障管理事务支出 / 50205 委托业务费 / 30227 委托业务费, project. */
  static final LineKey COMMISSIONED =
      line(BUREAU, "2101599", "50205", "30227", ExpenditureKind.PROJECT);

  static final IncomeKey GENERAL_BUDGET =
      new IncomeKey(BUREAU, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR);

  private DistrictFixtures() {}

  static LineKey line(
      UnitCode unit, String function, String gov, String dept, ExpenditureKind kind) {
    return new LineKey(
        unit,
        FunctionCode.of(function),
        GovEconomicCode.of(gov),
        DeptEconomicCode.of(dept),
        kind,
        null,
        FundSource.GENERAL_BUDGET);
  }

  static Fen wan(String text) {
    return Fen.parseWan(text);
  }

  static BudgetOpenedEvent opened() {
    return new BudgetOpenedEvent(
        BUDGET,
        "北京市东城区医疗保障局",
        DisclosureFormat.DISTRICT,
        2,
        List.of(
            new Unit(BUREAU, "北京市东城区医疗保障局本级", "行政单位"),
            new Unit(CENTRE, "北京市东城区医疗保险事务管理中心", "财政补助事业单位")),
        JAN_1,
        APPROVAL,
        FINANCE);
  }

  /** 年初预算: 404.14 基本工资 + 7.31 办公费 + 192.71 委托业务费 = 604.16 万元. */
  static EntryRecordedEvent initialBudget() {
    return new EntryRecordedEvent(
        BUDGET,
        EntryId.of("initial"),
        EntryType.INITIAL_BUDGET,
        List.of(new IncomeLeg(GENERAL_BUDGET, wan("604.16"))),
        List.of(
            new SpendingLeg(BASIC_SALARY, wan("404.14")),
            new SpendingLeg(OFFICE, wan("7.31")),
            new SpendingLeg(COMMISSIONED, wan("192.71"))),
        JAN_1,
        APPROVAL,
        "年初预算",
        FINANCE,
        "req-initial",
        null);
  }
}
