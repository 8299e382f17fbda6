package org.budgetledger.app.web;

import java.time.LocalDate;
import java.util.Locale;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** 单元格溯源: the legs behind one figure, its value over time and the waterfall to it. */
@Controller
public class TraceController {
  private final CellTraces traces;
  private final MessageSource messages;
  private final JsonMapper json;

  public TraceController(CellTraces traces, MessageSource messages, JsonMapper json) {
    this.traces = traces;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping("/budgets/{budgetId}/cells")
  public String trace(
      @PathVariable String budgetId,
      @RequestParam String table,
      @RequestParam String row,
      @RequestParam String column,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective,
      Locale locale,
      Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    Point point = Point.parse("asOf", asOf, "effective", effective);
    CellTraceView trace =
        traces.trace(id, Fields.enumValue("table", table, TableKind.class), row, column, point);
    model.addAttribute("budget", trace.budget());
    model.addAttribute("section", "tables");
    model.addAttribute("trace", trace);
    model.addAttribute("point", point);
    model.addAttribute(
        "backHref", "/budgets/" + id + "/tables?table=" + table + point.query("asOf", "effective"));
    // Embedded in a <script type="application/json">: "</" must not close the element.
    if (trace.history() != null) {
      model.addAttribute(
          "chartJson",
          json.writeValueAsString(
                  TraceCharts.of(
                      trace.history(),
                      point.at().effective() != null
                          ? point.at().effective()
                          : LocalDate.of(id.year().value(), 12, 31),
                      trace.unit(),
                      trace.decimals(),
                      messages,
                      locale))
              .replace("</", "<\\/"));
    }
    return "trace";
  }
}
