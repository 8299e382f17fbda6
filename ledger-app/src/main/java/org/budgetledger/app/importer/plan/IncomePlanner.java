package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
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
 * Income legs at the finest level 收入总表 gives, one per unit (or the department) × fund source ×
 * origin it prints. One of them balances the unit: this year's 一般公共预算 (else its largest this-year
 * source) is the unit's reconstructed spending plus the 年终结转结余 it keeps, less its other income as
 * printed, so a budget printed to 2 decimals still balances to the fen.
 */
final class IncomePlanner {
  private IncomePlanner() {}

  static List<IncomeLeg> legs(
      DisclosureDocument doc,
      String department,
      Map<String, Long> spendingByUnit,
      long spendingTotal,
      long yearEndFen,
      SolvedLines spent) {
    List<IncomeSummaryRow> unitRows = DocumentFunds.unitRows(doc, department);
    List<IncomeLeg> legs = new ArrayList<>();
    if (!unitRows.isEmpty()) {
      Map<String, IncomeSummaryRow> rows = new LinkedHashMap<>();
      unitRows.forEach(r -> rows.put(r.code(), r));
      String keeper = keeper(unitRows);
      Map<String, Long> units = new LinkedHashMap<>(spendingByUnit);
      rows.keySet().forEach(u -> units.putIfAbsent(u, 0L));
      units.forEach(
          (unit, total) ->
              unit(
                  legs,
                  unit,
                  rows.get(unit),
                  total,
                  unit.equals(keeper) ? yearEndFen : 0,
                  "UNIT_BALANCE",
                  "收入总表: the unit's income equals its reconstructed spending",
                  spent.of(c -> c.unit().equals(unit))));
      return legs;
    }
    unit(
        legs,
        DocumentCodes.departmentIncomeUnitCode(department),
        DocumentFunds.departmentRow(doc, department),
        spendingTotal,
        yearEndFen,
        "DEPARTMENT_BALANCE",
        "收入总表 gives income only for the whole department: this year's"
            + " income is total spending",
        spent);
    return legs;
  }

  /** The unit that keeps the 年终结转结余 when units print their income: the one with most. */
  static String keeper(List<IncomeSummaryRow> rows) {
    IncomeSummaryRow most = rows.get(0);
    for (IncomeSummaryRow r : rows) {
      if (fen(r.total()) > fen(most.total())) {
        most = r;
      }
    }
    return most.code();
  }

  private static void unit(
      List<IncomeLeg> legs,
      String unit,
      IncomeSummaryRow row,
      long spent,
      long kept,
      String rule,
      String explanation,
      SolvedLines lines) {
    Map<DocumentFunds.Source, PublishedAmount> printed = DocumentFunds.printed(row);
    DocumentFunds.Source balancing = balancing(printed);
    Map<DocumentFunds.Source, Long> recorded = new LinkedHashMap<>();
    printed.forEach((source, amount) -> recorded.put(source, fen(amount)));
    List<IncomeGroups.Group> groups =
        IncomeGroups.of(printed, lines.unit(), lines.cells(), kept != 0);
    Map<DocumentFunds.Source, Derivation> derived = spentByLines(printed, groups, lines, recorded);
    shareRounding(printed, balancing, groups, Math.addExact(spent, kept), recorded, derived);
    long others = 0;
    boolean onlyCarryOver = true;
    for (var e : recorded.entrySet()) {
      if (!e.getKey().equals(balancing)) {
        others = Math.addExact(others, e.getValue());
        onlyCarryOver &= e.getKey().origin() == Origin.CARRY_OVER;
      }
    }
    String because =
        explanation
            + (others == 0
                ? ""
                : onlyCarryOver ? " less its 上年结转结余" : " less its other income as printed")
            + (kept == 0
                ? ""
                : ", plus the 年终结转结余 of " + Fen.of(kept).formatWan(6) + " 万元 it keeps unspent");
    for (var e : recorded.entrySet()) {
      if (!e.getKey().equals(balancing)) {
        add(legs, unit, e.getKey(), e.getValue(), derived.get(e.getKey()));
      }
    }
    long balance = Math.subtractExact(Math.addExact(spent, kept), others);
    add(legs, unit, balancing, balance, new Derivation(rule, because));
  }

  /**
   * The largest source of each group whose lines print as its figure records what they spend beyond
   * the group's other sources as printed: the rounding the document leaves in its figures.
   */
  private static Map<DocumentFunds.Source, Derivation> spentByLines(
      Map<DocumentFunds.Source, PublishedAmount> printed,
      List<IncomeGroups.Group> groups,
      SolvedLines spent,
      Map<DocumentFunds.Source, Long> recorded) {
    Map<DocumentFunds.Source, Derivation> derived = new LinkedHashMap<>();
    for (IncomeGroups.Group g : groups) {
      long lines = spent.fen(g.cells());
      long absorbed = fen(printed.get(g.absorber()));
      if (g.holds(lines) && absorbed + lines - g.printedFen() >= 0) {
        recorded.put(g.absorber(), Math.addExact(absorbed, lines - g.printedFen()));
        derived.put(
            g.absorber(),
            new Derivation(
                "SPENT_BY_LINES",
                "收入总表 prints "
                    + printed.get(g.absorber()).text()
                    + ", rounded: the income is what its lines spend ("
                    + Fen.of(lines).formatWan(6)
                    + " 万元) less the other sources they spend, as printed"));
      }
    }
    return derived;
  }

  /**
   * Half a display unit but a fen: what a rounded figure paid by the balancing source's lines (上年结转
   * 一般公共预算 beside this year's) may take of their rounding, and still print as printed.
   */
  static long share(PublishedAmount amount) {
    return amount.decimals() >= 6 ? 0 : Math.max(0, Fen.displayUnitFen(amount.decimals()) / 2 - 1);
  }

  /**
   * The balancing source's lines also pay figures printed beside it, each rounded: where the
   * balance would not print as its figure, those figures take the difference, each within {@link
   * #share}, so that every income figure prints as the document prints it.
   */
  private static void shareRounding(
      Map<DocumentFunds.Source, PublishedAmount> printed,
      DocumentFunds.Source balancing,
      List<IncomeGroups.Group> groups,
      long spentAndKept,
      Map<DocumentFunds.Source, Long> recorded,
      Map<DocumentFunds.Source, Derivation> derived) {
    PublishedAmount figure = printed.get(balancing);
    if (figure == null) {
      return;
    }
    long balance = spentAndKept;
    for (var e : recorded.entrySet()) {
      if (!e.getKey().equals(balancing)) {
        balance = Math.subtractExact(balance, e.getValue());
      }
    }
    long excess = Math.subtractExact(balance, figure.value().value());
    long allowed = figure.decimals() >= 6 ? 0 : Fen.displayUnitFen(figure.decimals()) / 2 - 1;
    for (var e : printed.entrySet()) {
      DocumentFunds.Source source = e.getKey();
      boolean grouped = groups.stream().anyMatch(g -> g.sources().containsKey(source));
      if (Math.abs(excess) <= Math.max(0, allowed) || source.equals(balancing) || grouped) {
        continue;
      }
      long toward = excess > 0 ? excess - allowed : excess + allowed;
      long shift = Math.max(-share(e.getValue()), Math.min(share(e.getValue()), toward));
      if (shift != 0) {
        recorded.merge(source, shift, Math::addExact);
        excess = Math.subtractExact(excess, shift);
        derived.put(
            source,
            new Derivation(
                "SHARED_ROUNDING",
                "收入总表 prints "
                    + e.getValue().text()
                    + ", rounded; the same lines pay "
                    + figure.text()
                    + ": the two share their rounding so that each prints as printed"));
      }
    }
  }

  /** This year's 一般公共预算 when printed or nothing this year is; else the largest this year. */
  static DocumentFunds.Source balancing(Map<DocumentFunds.Source, PublishedAmount> printed) {
    DocumentFunds.Source general =
        new DocumentFunds.Source(FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR);
    DocumentFunds.Source largest = null;
    for (var e : printed.entrySet()) {
      if (e.getKey().origin() == Origin.CURRENT_YEAR
          && !printed.containsKey(general)
          && (largest == null || fen(e.getValue()) > fen(printed.get(largest)))) {
        largest = e.getKey();
      }
    }
    return largest == null ? general : largest;
  }

  private static void add(
      List<IncomeLeg> legs,
      String unit,
      DocumentFunds.Source source,
      long fen,
      Derivation derivation) {
    if (fen != 0) {
      legs.add(
          new IncomeLeg(
              new IncomeKey(UnitCode.of(unit), source.fund(), source.origin()),
              Fen.of(fen),
              derivation));
    }
  }

  private static long fen(PublishedAmount amount) {
    return amount == null ? 0 : amount.value().value();
  }
}
