package org.budgetledger.app.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.request.EntryRequest;
import org.budgetledger.app.request.EntryRequests;
import org.budgetledger.app.request.Fields;
import org.budgetledger.app.request.Instants;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.app.request.OpenBudgetRequest;
import org.budgetledger.app.request.ReversalRequest;
import org.budgetledger.app.request.UnitRequest;
import org.budgetledger.core.budget.api.OpenBudgetCommand;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.Unit;
import org.budgetledger.core.model.UnitCode;
import org.budgetledger.projections.entries.GroupedBalance;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineField;
import org.budgetledger.projections.entries.PointInTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Budgets and their entries: open, post, reverse, and balances at a point in time. */
@RestController
@RequestMapping("/api/budgets")
public class BudgetController {
  private final LedgerCommands commands;
  private final LedgerQueries queries;
  private final CurrentActor actor;

  public BudgetController(LedgerCommands commands, LedgerQueries queries, CurrentActor actor) {
    this.commands = commands;
    this.queries = queries;
    this.actor = actor;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> open(@RequestBody OpenBudgetRequest r) {
    if (r.year() == null) {
      throw new InvalidRequestException("year", "is required");
    }
    BudgetId id = Fields.read("department", r.department(), d -> BudgetId.of(r.year(), d));
    List<Unit> units = new ArrayList<>();
    List<UnitRequest> given = r.units() == null ? List.of() : r.units();
    for (int i = 0; i < given.size(); i++) {
      UnitRequest u = given.get(i);
      units.add(
          new Unit(
              Fields.read("units[" + i + "].code", u.code(), UnitCode::of),
              Fields.read("units[" + i + "].name", u.name(), t -> t),
              u.type()));
    }
    commands.send(
        new OpenBudgetCommand(
            id,
            r.departmentName(),
            Fields.enumValue("format", r.format(), DisclosureFormat.class),
            r.displayDecimals() == null ? 6 : r.displayDecimals(),
            units,
            Fields.date("effectiveDate", r.effectiveDate()),
            EntryRequests.basis("basis", r.basis()),
            actor.get()));
    return Map.of("budgetId", id.toString());
  }

  /**
   * A body that names no {@code amountUnit} is read in 万元, whatever the budget's unit: that is what
   * every client sent before the field existed, and reading its figures in 元 would record a
   * ten-thousandth of the money without a word.
   */
  @PostMapping("/{budgetId}/entries")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "record an entry; leg amounts in the body's amountUnit (元 up to 2 decimals, 万元 up to 6),"
              + " 万元 when it names none")
  public Map<String, String> record(@PathVariable String budgetId, @RequestBody EntryRequest r) {
    BudgetId id = Fields.read("budgetId", budgetId, BudgetId::parse);
    return answer(
        commands.sendNoting(
            EntryRequests.toCommand(id, r, actor.get(), "", EntryRequests.API_DEFAULT_UNIT)));
  }

  @PostMapping("/{budgetId}/entries/{entryId}/reversal")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> reverse(
      @PathVariable String budgetId, @PathVariable String entryId, @RequestBody ReversalRequest r) {
    BudgetId id = Fields.read("budgetId", budgetId, BudgetId::parse);
    return answer(commands.sendNoting(EntryRequests.toCommand(id, entryId, r, actor.get())));
  }

  /** The entry id, and a note when the write committed but the read models do not show it yet. */
  private static Map<String, String> answer(LedgerCommands.Sent<EntryId> sent) {
    return sent.lag()
        .map(note -> Map.of("entryId", sent.result().value(), "note", note))
        .orElseGet(() -> Map.of("entryId", sent.result().value()));
  }

  /** Balances grouped by any line-key fields, e.g. {@code groupBy=unit,function}. */
  @GetMapping("/{budgetId}/balances")
  public List<GroupedBalance> balances(
      @PathVariable String budgetId,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective,
      @RequestParam(defaultValue = "") String groupBy,
      @RequestParam(defaultValue = "SPENDING") String side) {
    BudgetId id = Fields.read("budgetId", budgetId, BudgetId::parse);
    List<LineField> fields =
        Arrays.stream(groupBy.split(","))
            .filter(s -> !s.isBlank())
            .map(s -> Fields.enumValue("groupBy", s, LineField.class))
            .toList();
    LegFilter filter =
        Fields.enumValue("side", side, LegFilter.Side.class) == LegFilter.Side.INCOME
            ? LegFilter.income()
            : LegFilter.spending();
    return queries.balances(id, filter, fields, pointInTime(asOf, effective));
  }

  static PointInTime pointInTime(String asOf, String effective) {
    return new PointInTime(
        Fields.optional("asOf", asOf, Instants::parse),
        Fields.optional("effective", effective, java.time.LocalDate::parse));
  }
}
