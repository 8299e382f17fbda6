package org.budgetledger.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 部门列表: the start page after signing in. */
@Controller
public class BudgetListController {
  private final BudgetSummaries summaries;

  public BudgetListController(BudgetSummaries summaries) {
    this.summaries = summaries;
  }

  @GetMapping("/")
  public String home() {
    return "redirect:/budgets";
  }

  @GetMapping("/budgets")
  public String budgets(Model model) {
    model.addAttribute("budgets", summaries.all());
    return "budgets";
  }
}
