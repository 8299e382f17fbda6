package org.budgetledger.app.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.budgetledger.app.adjustment.AdjustmentOutcome;
import org.budgetledger.app.adjustment.AdjustmentRejectedException;
import org.budgetledger.app.adjustment.Adjustments;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.request.BudgetUnits;
import org.budgetledger.app.request.Instants;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.budget.api.BudgetCommand;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.InvalidValueException;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.entries.PointInTime;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 录入调整: one entry (追加, 追减, 调剂, 结转 or 冲销) through the same request conversion as REST and the same
 * command gateway. Errors come back next to their field and nothing is saved; on success the user
 * lands on 对比 showing exactly the cells the entry changed.
 */
@Controller
public class EntryFormController {
  private final BudgetSnapshots snapshots;
  private final EntryFormOptions options;
  private final Adjustments adjustments;
  private final TableInquiry tables;
  private final LedgerCommands commands;
  private final CurrentActor actor;
  private final Clock clock;
  private final MessageSource messages;
  private final BudgetUnits units;

  public EntryFormController(
      BudgetSnapshots snapshots,
      EntryFormOptions options,
      Adjustments adjustments,
      TableInquiry tables,
      LedgerCommands commands,
      CurrentActor actor,
      Clock clock,
      MessageSource messages,
      BudgetUnits units) {
    this.snapshots = snapshots;
    this.options = options;
    this.adjustments = adjustments;
    this.tables = tables;
    this.commands = commands;
    this.actor = actor;
    this.clock = clock;
    this.messages = messages;
    this.units = units;
  }

  @GetMapping("/budgets/{budgetId}/entries/new")
  public String form(
      @PathVariable String budgetId,
      @RequestParam(defaultValue = "SUPPLEMENT") String type,
      Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    var view = snapshots.view(id, PointInTime.LATEST);
    String unit =
        view.header().units().isEmpty() ? "" : view.header().units().get(0).code().value();
    Map<String, String> blank =
        new LinkedHashMap<>(
            Map.of(
                "type",
                type,
                "effectiveDate",
                LocalDate.now(clock.withZone(Instants.BEIJING)).toString(),
                "requestId",
                UUID.randomUUID().toString()));
    blank.putAll(
        Map.of(
            "incomeLegs[0].unit",
            unit,
            "incomeLegs[0].fundSource",
            "GENERAL_BUDGET",
            "incomeLegs[0].origin",
            type.equals("CARRY_OVER") ? "CARRY_OVER" : "CURRENT_YEAR",
            "spendingLegs[0].unit",
            unit,
            "spendingLegs[0].kind",
            "BASIC_PUBLIC",
            "spendingLegs[0].fundSource",
            "GENERAL_BUDGET"));
    return page(model, id, EntryForm.of(blank), EntryFormErrors.NONE, null);
  }

  @PostMapping("/budgets/{budgetId}/entries/preview")
  public String preview(
      @PathVariable String budgetId,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    EntryForm form = EntryForm.of(params);
    MoneyUnit unit = units.of(id);
    EntryFormErrors mistakes =
        EntryFormErrors.of(form, EntryFormCheck.mistakes(form, unit), unit, messages, locale);
    try {
      if (!mistakes.isEmpty()) {
        model.addAttribute("errorList", mistakes.summary());
      } else {
        // The adjustment service's dry run: the cells the entry changes, and the budget's rules
        // checked as on saving (a line may not fall below zero at any effective date).
        AdjustmentOutcome outcome =
            adjustments.apply(id, EntryCommands.entries(id, form, actor.get(), unit), true);
        var now = tables.tables(id, PointInTime.LATEST, Progress.NONE);
        model.addAttribute(
            "changes", PreviewRow.of(outcome.changes(), now.tables(), now.decimals()));
      }
    } catch (AdjustmentRejectedException e) {
      model.addAttribute("rule", e.rule().name());
      EntryFormErrors atRow =
          e.getCause() instanceof BudgetRuleViolation v ? atRow(id, form, v, locale) : null;
      model.addAttribute("globalError", atRow == null ? "" : atRow.summary().get(0));
    } catch (InvalidRequestException e) {
      model.addAttribute("errorList", List.of(hint(e, unit, locale)));
    }
    model.addAttribute("budget", snapshots.view(id, PointInTime.LATEST).header());
    return "entry-form :: preview";
  }

  @PostMapping("/budgets/{budgetId}/entries")
  public String save(
      @PathVariable String budgetId,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    EntryForm form = EntryForm.of(params);
    MoneyUnit unit = units.of(id);
    EntryFormErrors mistakes =
        EntryFormErrors.of(form, EntryFormCheck.mistakes(form, unit), unit, messages, locale);
    if (!mistakes.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, id, form, mistakes, null);
    }
    try {
      BudgetCommand command = EntryCommands.command(id, form, actor.get(), unit);
      Instant before = clock.instant();
      EntryId entry = commands.send(command);
      return "redirect:/budgets/" + id + "/compare?fromAsOf=" + before + "&saved=" + entry.value();
    } catch (InvalidRequestException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          model,
          id,
          form,
          new EntryFormErrors(
              Map.of(form.field(e.field()), hint(e, unit, locale)), List.of(hint(e, unit, locale))),
          null);
    } catch (BudgetRuleViolation e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("rule", e.rule().name());
      EntryFormErrors atRow = atRow(id, form, e, locale);
      return page(
          model,
          id,
          form,
          atRow == null ? EntryFormErrors.NONE : atRow,
          atRow == null ? "" : atRow.summary().get(0));
    } catch (InvalidValueException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          model,
          id,
          form,
          EntryFormErrors.NONE,
          messages.getMessage("error.invalid.detail", null, locale));
    }
  }

  /** A broken balance rule at the row of its line, when the form has that line. */
  private EntryFormErrors atRow(BudgetId id, EntryForm form, BudgetRuleViolation v, Locale locale) {
    MoneyUnit unit = units.of(id);
    Object command = EntryCommands.command(id, form, actor.get(), unit);
    return command instanceof RecordEntryCommand r
        ? EntryFormErrors.ofBreach(form, r, v, unit, messages, locale)
        : null;
  }

  private String page(
      Model model, BudgetId id, EntryForm form, EntryFormErrors errors, String globalError) {
    options.addTo(model, id, snapshots.view(id, PointInTime.LATEST));
    model.addAttribute("section", "entry");
    model.addAttribute("form", form);
    model.addAttribute("incomeRows", form.incomeRows().isEmpty() ? List.of(0) : form.incomeRows());
    model.addAttribute(
        "spendingRows", form.spendingRows().isEmpty() ? List.of(0) : form.spendingRows());
    model.addAttribute("errors", errors.byField());
    model.addAttribute("errorList", errors.summary());
    model.addAttribute("globalError", globalError);
    return "entry-form";
  }

  /**
   * What to show for a field the conversion refused after the form's own checks passed: the hint
   * for the kind of field (its last path segment, e.g. {@code amount}) in the user's language; the
   * request's own detail is English and names internal paths, so it is not shown.
   */
  private String hint(InvalidRequestException e, MoneyUnit unit, Locale locale) {
    String kind = e.field().substring(e.field().lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
    return messages.getMessage(
        "fieldHint." + kind,
        kind.equals("amount") ? EntryFormErrors.unitArguments(unit, messages, locale) : null,
        messages.getMessage("error.invalid.detail", null, locale),
        locale);
  }
}
