package org.budgetledger.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one entry (分录), linked from 分录列表, 单元格溯源, 对比 and 回放: its legs on both sides, basis,
 * 文号, actor, both times, what it changed in each table, and the 冲销 links.
 */
@Controller
public class EntryPageController {
  private final EntryDetails details;

  public EntryPageController(EntryDetails details) {
    this.details = details;
  }

  @GetMapping("/budgets/{budgetId}/journal/{entryId}")
  public String entry(@PathVariable String budgetId, @PathVariable String entryId, Model model) {
    EntryDetail detail = details.of(BudgetSnapshots.id(budgetId), entryId);
    model.addAttribute("budget", detail.budget());
    model.addAttribute("section", "journal");
    model.addAttribute("d", detail);
    return "entry";
  }
}
