package org.budgetledger.app.web;

import java.time.LocalDate;
import org.budgetledger.core.model.BudgetId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 对比: two points in time, each a 截至 and a 生效日期. With nothing picked it compares the budget
 * effective on 1 January (the 年初预算) with the latest: every adjustment of the year.
 */
@Controller
public class CompareController {
  private final Comparisons comparisons;

  public CompareController(Comparisons comparisons) {
    this.comparisons = comparisons;
  }

  @GetMapping("/budgets/{budgetId}/compare")
  public String compare(
      @PathVariable String budgetId,
      @RequestParam(required = false) String fromAsOf,
      @RequestParam(required = false) String fromEffective,
      @RequestParam(required = false) String toAsOf,
      @RequestParam(required = false) String toEffective,
      @RequestParam(required = false) String saved,
      Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    boolean nothingPicked = fromAsOf == null && fromEffective == null;
    String fromDate =
        nothingPicked ? LocalDate.of(id.year().value(), 1, 1).toString() : fromEffective;
    Point from = Point.parse("fromAsOf", fromAsOf, "fromEffective", fromDate);
    Point to = Point.parse("toAsOf", toAsOf, "toEffective", toEffective);
    Comparison comparison = comparisons.compare(id, from, to);
    model.addAttribute("budget", comparison.budget());
    model.addAttribute("section", "compare");
    model.addAttribute("comparison", comparison);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("saved", saved);
    return "compare";
  }
}
