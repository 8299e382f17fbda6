package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;

/**
 * The income a unit prints beside its balancing source ({@link IncomePlanner}) that lines of its
 * own fund spend: 政府性基金 and 国有资本经营 their lines, 上年结转 一般公共预算 the lines it pays apart (where the plan
 * has them), the non-fiscal sources together the non-fiscal lines. Each group is a printed figure,
 * rounded like any other: its lines are held within the rounding of its sum, and its largest source
 * records what they spend beyond the others as printed, so that the unit's income and spending
 * balance to the fen whatever the rounding. None where the budget keeps a 年终结转结余, which no table
 * says which source keeps.
 */
final class IncomeGroups {

  /** Printed sources spent by one set of lines; {@code absorber} takes the rounding. */
  record Group(
      String name,
      Map<DocumentFunds.Source, PublishedAmount> sources,
      DocumentFunds.Source absorber,
      Predicate<LineCell> cells) {

    long printedFen() {
      return sources.values().stream().mapToLong(a -> a.value().value()).sum();
    }

    /** The group's sum as a figure rounded like its largest source. */
    PublishedAmount figure() {
      PublishedAmount largest = sources.get(absorber);
      return new PublishedAmount(
          Fen.of(printedFen()),
          largest.decimals(),
          largest.lineNo(),
          largest.text(),
          largest.inYuan());
    }

    /** Whether the lines' sum prints as the group's figure (it may not, if it was set aside). */
    boolean holds(long spentFen) {
      long tolerance = figure().roundingFen();
      return Math.abs(spentFen - printedFen()) <= tolerance;
    }
  }

  private IncomeGroups() {}

  static List<Group> of(
      Map<DocumentFunds.Source, PublishedAmount> printed,
      Predicate<LineCell> ofUnit,
      List<LineCell> cells,
      boolean keepsYearEnd) {
    if (keepsYearEnd) {
      return List.of();
    }
    DocumentFunds.Source balancing = IncomePlanner.balancing(printed);
    String balancingGroup = name(balancing, cells);
    Map<String, Map<DocumentFunds.Source, PublishedAmount>> byName = new LinkedHashMap<>();
    for (var e : printed.entrySet()) {
      String name = name(e.getKey(), cells);
      if (name != null && !e.getKey().equals(balancing) && !name.equals(balancingGroup)) {
        byName.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(e.getKey(), e.getValue());
      }
    }
    List<Group> groups = new ArrayList<>();
    byName.forEach(
        (name, sources) -> {
          Predicate<LineCell> spends = c -> ofUnit.test(c) && paysFrom(name, c);
          if (cells.stream().anyMatch(spends)) {
            groups.add(new Group(name, sources, largest(sources), spends));
          }
        });
    return groups;
  }

  /** Whether a cell is spent by one of the groups. */
  static boolean grouped(List<Group> groups, LineCell cell) {
    return groups.stream().anyMatch(g -> g.cells().test(cell));
  }

  private static DocumentFunds.Source largest(Map<DocumentFunds.Source, PublishedAmount> sources) {
    DocumentFunds.Source best = null;
    for (var e : sources.entrySet()) {
      if (best == null || e.getValue().value().value() > sources.get(best).value().value()) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** The lines that spend a source, by name; null where they are the balancing source's too. */
  private static String name(DocumentFunds.Source source, List<LineCell> cells) {
    FundSource fund = source.fund();
    if (fund == FundSource.GOVERNMENT_FUND
        || fund == FundSource.STATE_CAPITAL
        || fund == FundSource.FISCAL_CARRY_OVER) {
      return fund.name();
    }
    if (fund == FundSource.GENERAL_BUDGET && source.origin() == Origin.CARRY_OVER) {
      boolean apart =
          cells.stream().anyMatch(c -> c.source() == FundSource.GENERAL_BUDGET_CARRY_OVER);
      return apart ? FundSource.GENERAL_BUDGET_CARRY_OVER.name() : null;
    }
    return DocumentFunds.nonFiscal(fund) ? FundSource.NON_FISCAL.name() : null;
  }

  private static boolean paysFrom(String name, LineCell c) {
    return name.equals(FundSource.NON_FISCAL.name()) ? !c.fiscal() : c.source().name().equals(name);
  }
}
