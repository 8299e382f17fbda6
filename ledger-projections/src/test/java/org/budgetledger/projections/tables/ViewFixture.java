package org.budgetledger.projections.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.BasicAllocation;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DepartmentCode;
import org.budgetledger.core.model.DepartmentPerformance;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FiscalYear;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.ProjectAllocation;
import org.budgetledger.core.model.ProjectPerformance;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.core.model.Unit;
import org.budgetledger.core.model.UnitCode;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.ClassificationNames;
import org.budgetledger.projections.entries.IncomeBalance;
import org.budgetledger.projections.entries.LineBalance;

/** Builds a small budget view line by line, with amounts in 万元 as the seeds print them. */
public final class ViewFixture {
  private final List<LineBalance> lines = new ArrayList<>();
  private final List<IncomeBalance> income = new ArrayList<>();
  private final List<SpendingTag> tags = new ArrayList<>();
  private final List<ProjectPerformance> projects = new ArrayList<>();
  private final List<ProjectAllocation> allocations = new ArrayList<>();
  private final List<org.budgetledger.core.model.EconomicAllocation> economicAllocations =
      new ArrayList<>();
  private final List<BasicAllocation> basicAllocations = new ArrayList<>();
  private final List<Unit> units = new ArrayList<>();
  private final Map<String, String> functions = new HashMap<>();
  private final Map<String, String> govs = new HashMap<>();
  private final Map<String, String> depts = new HashMap<>();
  private DepartmentPerformance performance;

  public ViewFixture unit(String code, String name) {
    units.add(new Unit(UnitCode.of(code), name, "行政单位"));
    return this;
  }

  public ViewFixture names(
      Map<String, String> function, Map<String, String> gov, Map<String, String> dept) {
    functions.putAll(function);
    govs.putAll(gov);
    depts.putAll(dept);
    return this;
  }

  /** A line of 一般公共预算 with both economic codes; project lines name no project. */
  public ViewFixture line(
      String unit, String function, String gov, String dept, ExpenditureKind kind, String wan) {
    return line(unit, function, gov, dept, kind, null, FundSource.GENERAL_BUDGET, wan);
  }

  public ViewFixture line(
      String unit,
      String function,
      String gov,
      String dept,
      ExpenditureKind kind,
      ProjectRef project,
      FundSource fund,
      String wan) {
    lines.add(
        new LineBalance(
            new LineKey(
                UnitCode.of(unit),
                FunctionCode.of(function),
                gov == null ? null : GovEconomicCode.of(gov),
                dept == null ? null : DeptEconomicCode.of(dept),
                kind,
                project,
                fund),
            Fen.parseWan(wan)));
    return this;
  }

  public ViewFixture income(String unit, FundSource fund, Origin origin, Fen amount) {
    income.add(new IncomeBalance(new IncomeKey(UnitCode.of(unit), fund, origin), amount));
    return this;
  }

  /** This year's 一般公共预算 income of each unit: its spending less the carry-over it has. */
  public ViewFixture balanceWithGeneralBudgetIncome() {
    Map<String, Fen> byUnit = new LinkedHashMap<>();
    lines.forEach(l -> byUnit.merge(l.key().unit().value(), l.amount(), Fen::plus));
    income.stream()
        .filter(i -> i.key().origin() == Origin.CARRY_OVER)
        .forEach(i -> byUnit.merge(i.key().unit().value(), i.amount().negate(), Fen::plus));
    byUnit.forEach(
        (unit, fen) -> income(unit, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR, fen));
    return this;
  }

  public ViewFixture tag(TagKind kind, List<String> path, String area, String wan) {
    tags.add(new SpendingTag(kind, path, area, Fen.parseWan(wan)));
    return this;
  }

  public ViewFixture project(ProjectPerformance project) {
    projects.add(project);
    return this;
  }

  public ViewFixture allocation(ProjectAllocation allocation) {
    allocations.add(allocation);
    return this;
  }

  public ViewFixture allocation(org.budgetledger.core.model.EconomicAllocation allocation) {
    economicAllocations.add(allocation);
    return this;
  }

  public ViewFixture basicAllocation(BasicAllocation allocation) {
    basicAllocations.add(allocation);
    return this;
  }

  public ViewFixture performance(DepartmentPerformance performance) {
    this.performance = performance;
    return this;
  }

  public BudgetView build(String department, String name, DisclosureFormat format, int decimals) {
    BudgetHeader header =
        new BudgetHeader(
            new BudgetId(FiscalYear.of(2026), DepartmentCode.of(department)),
            name,
            format,
            units,
            decimals);
    return new BudgetView(
        header,
        lines,
        income,
        tags,
        projects,
        performance,
        List.of(),
        new ClassificationNames(functions, govs, depts),
        allocations,
        economicAllocations,
        basicAllocations,
        org.budgetledger.projections.entries.PointInTime.LATEST);
  }
}
