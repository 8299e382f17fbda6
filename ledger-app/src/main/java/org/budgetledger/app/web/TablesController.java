package org.budgetledger.app.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 预算表: one of the department's 13 tables at the chosen 截至 and 生效日期. */
@Controller
public class TablesController {
  private final BudgetSnapshots snapshots;

  public TablesController(BudgetSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @GetMapping("/budgets/{budgetId}/tables")
  public String tables(@PathVariable String budgetId,
      @RequestParam(required = false) String table,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective, Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    Point point = Point.parse("asOf", asOf, "effective", effective);
    BudgetView view = snapshots.view(id, point.at());
    BudgetHeader header = view.header();
    List<TableKind> order = Arrays.stream(TableKind.values())
        .sorted(Comparator.comparingInt(k -> TableNumbering.number(header.format(), k))).toList();
    TableKind kind = table == null || table.isBlank() ? order.get(0)
        : Fields.enumValue("table", table, TableKind.class);
    String base = "/budgets/" + id + "/tables?table=";
    String pointQuery = point.query("asOf", "effective");
    List<Tab> tabs = order.stream().map(k -> new Tab(k.name(),
        TableNumbering.label(header.format(), k), k.chinese(), base + k.name() + pointQuery,
        k == kind)).toList();
    model.addAttribute("budget", header);
    model.addAttribute("section", "tables");
    model.addAttribute("point", point);
    model.addAttribute("tabs", tabs);
    model.addAttribute("kind", kind.name());
    // The downloads hold the table shown, at the point shown.
    String export = "/budgets/" + id + "/tables/" + kind.name() + "/export?format=";
    model.addAttribute("xlsxHref", export + "xlsx" + pointQuery);
    model.addAttribute("csvHref", export + "csv" + pointQuery);
    model.addAttribute("table", TableRenderer.render(id.toString(), header.format(),
        header.displayDecimals(), snapshots.table(view, kind), point, Map.of()));
    return "tables";
  }
}
