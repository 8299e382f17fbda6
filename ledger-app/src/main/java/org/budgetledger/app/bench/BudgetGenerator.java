package org.budgetledger.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.budgetledger.core.budget.api.OpenBudgetCommand;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.Unit;
import org.budgetledger.core.model.UnitCode;

/**
 * The commands of one synthetic department budget, the same for the same seed: open, 年初预算 over
 * every unit × line, then adjustments in effective-date order, mixed like a year's: 追加 40%, 调剂 25%,
 * 追减 20%, 结转 10%, 冲销 5%. It keeps every balance, so no command breaks a rule.
 */
final class BudgetGenerator {
  private static final Actor ACTOR = Actor.of("bench");
  private static final String[] TYPES = {"行政单位", "参照公务员法管理事业单位", "财政补助事业单位"};
  private final BenchShape shape;
  private final BudgetId budget;
  private final Random random;
  private final List<LineKey> lines = new ArrayList<>();
  private final long[] balance;
  private final Map<IncomeKey, Long> incomeBalance = new HashMap<>();
  private final List<RecordEntryCommand> reversible = new ArrayList<>();

  BudgetGenerator(BenchShape shape, int department, long seed) {
    this.shape = shape;
    this.budget = BudgetId.of(2026, String.valueOf(101 + department));
    this.random = new Random(seed * 31 + department);
    for (int u = 0; u < shape.units(); u++) {
      UnitCode unit = UnitCode.of(budget.department() + String.format("%03d", u + 1));
      for (int l = 0; l < shape.lines(); l++) {
        lines.add(SeedLines.line(unit, l));
      }
    }
    balance = new long[lines.size()];
  }

  BudgetId budget() {
    return budget;
  }

  List<Object> commands() {
    List<Object> commands = new ArrayList<>(shape.adjustments() + 2);
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < shape.units(); u++) {
      units.add(new Unit(lines.get(u * shape.lines()).unit(), "单位" + (u + 1), TYPES[u % 3]));
    }
    Basis basis = new Basis(budget.year() + "年部门预算批复", "财预〔2026〕" + budget.department() + "号");
    commands.add(
        new OpenBudgetCommand(
            budget,
            "部门" + budget.department(),
            DisclosureFormat.DISTRICT,
            2,
            units,
            LocalDate.of(2026, 1, 1),
            basis,
            ACTOR));
    List<SpendingLeg> spending = new ArrayList<>();
    List<IncomeLeg> income = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      long fen = 1_000_000L * (1 + random.nextInt(500)) + random.nextInt(1_000_000);
      balance[i] = fen;
      incomeBalance.merge(income(lines.get(i), Origin.CURRENT_YEAR), fen, Long::sum);
      spending.add(new SpendingLeg(lines.get(i), Fen.of(fen)));
      income.add(new IncomeLeg(income(lines.get(i), Origin.CURRENT_YEAR), Fen.of(fen)));
    }
    commands.add(
        new RecordEntryCommand(
            budget,
            EntryId.of("initial"),
            EntryType.INITIAL_BUDGET,
            income,
            spending,
            LocalDate.of(2026, 1, 1),
            basis,
            "年初预算",
            ACTOR,
            "initial"));
    for (int a = 0; a < shape.adjustments(); a++) {
      LocalDate date =
          LocalDate.of(2026, 1, 2).plusDays(a * 360L / Math.max(1, shape.adjustments()));
      commands.add(adjustment(a, date));
    }
    return commands;
  }

  private Object adjustment(int n, LocalDate date) {
    String id = "adj-" + n;
    Basis basis = new Basis("关于调整" + budget.year() + "年部门预算的批复", "财预〔2026〕" + n + "号");
    int pick = random.nextInt(100);
    int i = random.nextInt(lines.size());
    LineKey line = lines.get(i);
    long fen = 10_000L + random.nextInt(50_000_000);
    if (pick < 5 && !reversible.isEmpty()) {
      RecordEntryCommand target = reversible.remove(random.nextInt(reversible.size()));
      SpendingLeg leg = target.spendingLegs().get(0);
      int t = lines.indexOf(leg.key());
      IncomeKey source = target.incomeLegs().get(0).key();
      if (balance[t] >= leg.amount().value() && incomeBalance.get(source) >= leg.amount().value()) {
        balance[t] -= leg.amount().value();
        incomeBalance.merge(source, -leg.amount().value(), Long::sum);
        return new ReverseEntryCommand(
            budget, EntryId.of(id), target.entryId(), date, basis, "冲销", ACTOR, id);
      }
    }
    if (pick >= 5 && pick < 30) {
      int j = sameUnitOther(i);
      long moved = Math.min(fen, balance[i] / 4);
      if (moved > 0 && j >= 0) {
        balance[i] -= moved;
        balance[j] += moved;
        return new RecordEntryCommand(
            budget,
            EntryId.of(id),
            EntryType.REALLOCATION,
            List.of(),
            List.of(
                new SpendingLeg(line, Fen.of(-moved)),
                new SpendingLeg(lines.get(j), Fen.of(moved))),
            date,
            basis,
            "调剂",
            ACTOR,
            id);
      }
    }
    long available =
        Math.min(balance[i], incomeBalance.getOrDefault(income(line, Origin.CURRENT_YEAR), 0L)) / 4;
    if (pick >= 30 && pick < 50 && available > 0) {
      long cut = Math.min(fen, available);
      balance[i] -= cut;
      incomeBalance.merge(income(line, Origin.CURRENT_YEAR), -cut, Long::sum);
      return entry(id, EntryType.REDUCTION, line, Origin.CURRENT_YEAR, -cut, date, basis);
    }
    balance[i] += fen;
    boolean carry = pick >= 50 && pick < 60;
    incomeBalance.merge(
        income(line, carry ? Origin.CARRY_OVER : Origin.CURRENT_YEAR), fen, Long::sum);
    RecordEntryCommand c =
        entry(
            id,
            carry ? EntryType.CARRY_OVER : EntryType.SUPPLEMENT,
            line,
            carry ? Origin.CARRY_OVER : Origin.CURRENT_YEAR,
            fen,
            date,
            basis);
    reversible.add(c);
    return c;
  }

  private int sameUnitOther(int i) {
    int first = (i / shape.lines()) * shape.lines();
    int j = first + random.nextInt(shape.lines());
    return j == i ? (j + 1 - first) % shape.lines() + first : j;
  }

  private RecordEntryCommand entry(
      String id,
      EntryType type,
      LineKey line,
      Origin origin,
      long fen,
      LocalDate date,
      Basis basis) {
    return new RecordEntryCommand(
        budget,
        EntryId.of(id),
        type,
        List.of(new IncomeLeg(income(line, origin), Fen.of(fen))),
        List.of(new SpendingLeg(line, Fen.of(fen))),
        date,
        basis,
        type.chinese(),
        ACTOR,
        id);
  }

  private static IncomeKey income(LineKey line, Origin origin) {
    return new IncomeKey(line.unit(), line.fundSource(), origin);
  }
}
