package org.budgetledger.app.web;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalEntry;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 预算表: one of the department's 13 tables at the chosen 截至 and 生效日期. */
@Controller
public class TablesController {
  /** How many entries the 以分录为时点 picker offers: the latest ones. */
  private static final int PICKABLE_ENTRIES = 500;

  private final BudgetSnapshots snapshots;
  private final EntryJournal journal;

  public TablesController(BudgetSnapshots snapshots, EntryJournal journal) {
    this.snapshots = snapshots;
    this.journal = journal;
  }

  @GetMapping("/budgets/{budgetId}/tables")
  public String tables(
      @PathVariable String budgetId,
      @RequestParam(required = false) String table,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective,
      @RequestParam(required = false) String entry,
      @RequestParam(required = false) String asOfExact,
      Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    // An entry picked as the point: the ledger as recorded just after it.
    if (entry != null && !entry.isBlank()) {
      asOf =
          journal
              .entry(id, entry.strip())
              .map(e -> e.recordedAt().toString())
              .orElseThrow(() -> new NoSuchElementException("no entry " + entry + " in " + id));
    }
    Point point = Point.parse("asOf", asOf, "effective", effective).exactIf(asOfExact);
    // A point before the budget existed is an empty page with its navigation, not an error.
    Optional<BudgetView> view = snapshots.find(id, point.at());
    BudgetView shown = view.orElseGet(() -> snapshots.view(id, PointInTime.LATEST));
    BudgetHeader header = shown.header();
    Optional<FamilyLayout> family = snapshots.family(shown);
    TableKind kind =
        table == null || table.isBlank()
            ? TableTabs.order(header, family).get(0)
            : Fields.enumValue("table", table, TableKind.class);
    String pointQuery = point.query("asOf", "effective");
    List<Tab> tabs =
        TableTabs.of(header, family, kind, "/budgets/" + id + "/tables?table=", pointQuery);
    model.addAttribute("budget", header);
    model.addAttribute("section", "tables");
    model.addAttribute("point", point);
    model.addAttribute("tabs", tabs);
    model.addAttribute("kind", kind.name());
    // The downloads hold the table shown, at the point shown.
    String export = "/budgets/" + id + "/tables/" + kind.name() + "/export?format=";
    model.addAttribute("xlsxHref", export + "xlsx" + pointQuery);
    model.addAttribute("csvHref", export + "csv" + pointQuery);
    model.addAttribute("empty", view.isEmpty());
    List<JournalEntry> entries = journal.all(id);
    model.addAttribute(
        "pickableEntries",
        entries.subList(Math.max(0, entries.size() - PICKABLE_ENTRIES), entries.size()).stream()
            .map(e -> JournalRow.of(e, snapshots.documentUnit(shown)))
            .toList());
    view.ifPresent(
        v ->
            model.addAttribute(
                "table", TableRenderer.render(header, snapshots.table(v, kind), point, Map.of())));
    return "tables";
  }
}
