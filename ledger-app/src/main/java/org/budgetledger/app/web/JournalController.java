package org.budgetledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalPage;
import org.budgetledger.projections.entries.PointInTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 分录列表: every entry of a budget in the order it was recorded, filtered by type, effective dates,
 * 文号, actor and amount, a page of {@value JournalQuery#PAGE_SIZE} at a time, and the same selection
 * exported as CSV.
 */
@Controller
public class JournalController {
  private final EntryJournal journal;
  private final BudgetSnapshots snapshots;
  private final MessageSource messages;

  public JournalController(
      EntryJournal journal, BudgetSnapshots snapshots, MessageSource messages) {
    this.journal = journal;
    this.snapshots = snapshots;
    this.messages = messages;
  }

  @GetMapping("/budgets/{budgetId}/journal")
  public String journal(@PathVariable String budgetId, JournalQuery query, Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    BudgetView view = snapshots.view(id, PointInTime.LATEST);
    MoneyUnit unit = snapshots.documentUnit(view);
    JournalPage found =
        journal.page(
            id,
            query.filter(unit),
            (query.page() - 1) * JournalQuery.PAGE_SIZE,
            JournalQuery.PAGE_SIZE);
    long pages = Math.max(1, (found.total() + JournalQuery.PAGE_SIZE - 1) / JournalQuery.PAGE_SIZE);
    model.addAttribute("budget", view.header());
    model.addAttribute("unit", unit);
    model.addAttribute("section", "journal");
    model.addAttribute("query", query);
    model.addAttribute("types", Arrays.stream(EntryType.values()).map(Enum::name).toList());
    model.addAttribute("rows", found.entries().stream().map(e -> JournalRow.of(e, unit)).toList());
    model.addAttribute("total", found.total());
    model.addAttribute("pages", pages);
    String base = "/budgets/" + id + "/journal?";
    model.addAttribute("prevHref", query.page() > 1 ? base + query.query(query.page() - 1) : null);
    model.addAttribute(
        "nextHref", query.page() < pages ? base + query.query(query.page() + 1) : null);
    model.addAttribute("csvHref", "/budgets/" + id + "/journal/export?" + query.query(0));
    return "journal";
  }

  /** The whole selection, every page, as CSV (UTF-8 with BOM, as the table exports). */
  @GetMapping("/budgets/{budgetId}/journal/export")
  public void export(
      @PathVariable String budgetId,
      JournalQuery query,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    BudgetId id = BudgetSnapshots.id(budgetId);
    MoneyUnit unit = snapshots.documentUnit(snapshots.view(id, PointInTime.LATEST));
    JournalPage all = journal.page(id, query.filter(unit), 0, Integer.MAX_VALUE);
    String name = messages.getMessage("journal.fileName", new Object[] {id.toString()}, locale);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    JournalCsv.write(
        all.entries().stream().map(e -> JournalRow.of(e, unit)).toList(),
        unit,
        messages,
        locale,
        response.getOutputStream());
  }
}
