package org.budgetledger.app.web;

import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 回放: step through a budget's history entry by entry (or play it: ledger.js follows the next step's
 * link), the chosen table showing what each step changed, the step's entry beside it.
 */
@Controller
public class ReplayController {
  private final Replays replays;
  private final BudgetSnapshots snapshots;

  public ReplayController(Replays replays, BudgetSnapshots snapshots) {
    this.replays = replays;
    this.snapshots = snapshots;
  }

  @GetMapping("/budgets/{budgetId}/replay")
  public String replay(
      @PathVariable String budgetId,
      @RequestParam(required = false) String table,
      @RequestParam(defaultValue = "1") int step,
      @RequestParam(defaultValue = "false") boolean play,
      Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    var latest = snapshots.view(id, PointInTime.LATEST);
    var header = latest.header();
    var family = snapshots.family(latest);
    TableKind kind =
        table == null || table.isBlank()
            ? TableTabs.firstOf(header, family, TableKind.EXPENDITURE_SUMMARY)
            : Fields.enumValue("table", table, TableKind.class);
    ReplayStep s = replays.step(id, kind, step);
    String base = "/budgets/" + id + "/replay?table=" + kind.name() + "&step=";
    model.addAttribute("budget", header);
    model.addAttribute("section", "replay");
    model.addAttribute("s", s);
    model.addAttribute(
        "tabs",
        TableTabs.of(
            header, family, kind, "/budgets/" + id + "/replay?table=", "&step=" + s.step()));
    model.addAttribute("playing", play && s.step() < s.steps());
    model.addAttribute("firstHref", base + 1);
    model.addAttribute("prevHref", s.step() > 1 ? base + (s.step() - 1) : null);
    model.addAttribute("nextHref", s.step() < s.steps() ? base + (s.step() + 1) : null);
    model.addAttribute("lastHref", base + s.steps());
    model.addAttribute(
        "playHref", s.step() < s.steps() ? base + (s.step() + 1) + "&play=true" : null);
    model.addAttribute("stopHref", base + s.step());
    model.addAttribute("baseHref", base);
    return "replay";
  }
}
