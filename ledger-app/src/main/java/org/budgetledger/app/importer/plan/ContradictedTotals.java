package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.reconstruction.Margin;
import org.budgetledger.app.importer.reconstruction.MarginSolution;
import org.budgetledger.app.importer.reconstruction.MarginSolver;
import org.budgetledger.app.importer.reconstruction.MarginViolation;
import org.budgetledger.app.importer.reconstruction.ReconstructionException;

/**
 * A published document is imported as published, errors included: when its figures contradict each
 * other, the lines come from the finest rows printed, and a total or subtotal that does not equal
 * its items is set aside as a margin — recorded as printed in the stored text, where the
 * reconciliation reports it with its place. A total is a figure over a strict superset of another
 * figure's cells (a 类 row over its 项, a 合计 over its rows, a row's 合计 over its 基本/项目); a
 * contradiction among the finest rows alone leaves nothing to set aside and is refused.
 */
final class ContradictedTotals {
  private final List<Margin> margins;
  private final Set<String> setAside = new LinkedHashSet<>();
  private final List<String> notes = new ArrayList<>();

  private ContradictedTotals(List<Margin> margins) {
    this.margins = margins;
  }

  /**
   * Solves without the totals the solver finds contradicted, one round of them at a time: first the
   * contradicted figures that are totals themselves, else the totals they run into, else (once) the
   * figures that only refine the fund split; throws the last contradiction when none is left.
   */
  static MarginSolution solve(
      PlanMargins plan, ReconstructionException first, List<String> notesOut, int maxRounds) {
    ContradictedTotals totals = new ContradictedTotals(plan.margins());
    boolean refiningKept = true;
    ReconstructionException last = first;
    for (int round = 0; round <= plan.margins().size(); round++) {
      if (round == maxRounds) {
        throw tooManyRounds(plan, last, maxRounds);
      }
      Set<String> next = totals.toSetAside(last.violations());
      if (next.isEmpty()) {
        if (!refiningKept || plan.margins().stream().noneMatch(PlanMargins::refining)) {
          throw last;
        }
        refiningKept = false;
      }
      totals.setAside.addAll(next);
      boolean keepRefining = refiningKept;
      try {
        MarginSolution solution =
            new MarginSolver()
                .solve(
                    plan.problem(
                        m ->
                            !totals.setAside.contains(m.id())
                                && (keepRefining || !PlanMargins.refining(m))));
        totals.note(plan, solution, keepRefining, notesOut);
        return solution;
      } catch (ReconstructionException e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * Each round solves the whole LP again, so a hostile document of many nested contradictions could
   * hold the importer for hours: past the limit it is refused, naming the first contradiction left.
   */
  private static ImportRejectedException tooManyRounds(
      PlanMargins plan, ReconstructionException last, int maxRounds) {
    List<MarginViolation> left = last.violations();
    return new ImportRejectedException(
        List.of(
            new ImportProblem(
                plan.fileName(),
                0,
                left.isEmpty() ? "文件" : left.get(0).margin().source(),
                ProblemKind.TOO_MANY_CONTRADICTIONS,
                maxRounds,
                maxRounds,
                left.isEmpty() ? last.getMessage() : left.get(0).describe())));
  }

  private Set<String> toSetAside(List<MarginViolation> violations) {
    Set<String> contradicted =
        violations.stream()
            .map(v -> v.margin().id())
            .filter(this::isTotal)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (contradicted.isEmpty()) {
      violations.stream()
          .flatMap(v -> v.conflictingMarginIds().stream())
          .map(ContradictedTotals::idOf)
          .filter(this::isTotal)
          .forEach(contradicted::add);
    }
    contradicted.removeAll(setAside);
    return contradicted;
  }

  /** Conflicts are named {@code id (source)}. */
  private static String idOf(String conflict) {
    int space = conflict.indexOf(' ');
    return space < 0 ? conflict : conflict.substring(0, space);
  }

  private boolean isTotal(String id) {
    Margin total = byId(id);
    if (total == null || total.cellIds().size() < 2) {
      return false;
    }
    Predicate<Margin> item =
        m ->
            !m.id().equals(id)
                && !m.cellIds().isEmpty()
                && m.cellIds().size() < total.cellIds().size()
                && total.cellIds().containsAll(m.cellIds());
    return margins.stream().anyMatch(item);
  }

  private Margin byId(String id) {
    return margins.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
  }

  /** Each total set aside, at its place and in its table's own unit. */
  private void note(
      PlanMargins plan, MarginSolution solution, boolean refiningKept, List<String> notesOut) {
    for (String id : setAside) {
      Margin m = byId(id);
      long sum = m.cellIds().stream().mapToLong(c -> solution.valuesFen().get(c)).sum();
      notesOut.add(
          m.source()
              + " 印 "
              + plan.amount(id, m.publishedFen())
              + "，其明细合计 "
              + plan.amount(id, sum)
              + "：合计与明细不符，按公开数记录，不据以推算；勾稽核对报告此处");
    }
    if (!refiningKept) {
      notesOut.add("资金来源的拆分也未采用财政拨款“三公”经费表和部门整体支出绩效目标表的数字；" + "其中不相符的由勾稽核对报告");
    }
  }
}
