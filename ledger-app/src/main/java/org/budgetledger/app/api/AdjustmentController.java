package org.budgetledger.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.budgetledger.app.adjustment.AdjustmentOutcome;
import org.budgetledger.app.adjustment.Adjustments;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.request.EntryRequests;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/budgets/{budgetId}/adjustments}: the content of an adjustment file as the body
 * (a JSON list, or CSV with {@code Content-Type: text/csv}), recorded all or nothing; with {@code
 * dryRun=true} checked and previewed only.
 */
@RestController
@RequestMapping("/api/budgets/{budgetId}/adjustments")
public class AdjustmentController {
  private final Adjustments adjustments;
  private final CurrentActor actor;

  public AdjustmentController(Adjustments adjustments, CurrentActor actor) {
    this.adjustments = adjustments;
    this.actor = actor;
  }

  @PostMapping(consumes = {"application/json", "text/csv"})
  @Operation(
      summary =
          "adjust: an adjustment file's entries, all or nothing; amounts in each entry's amountUnit"
              + " (CSV column amount_unit), else in the amountUnit parameter, else in 万元")
  public ResponseEntity<AdjustmentOutcome> adjust(
      @PathVariable String budgetId,
      @RequestBody byte[] body,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) String fileName,
      @Parameter(
              description =
                  "The unit of the amounts of an entry that names none: 元 (up to 2 decimals) or 万元"
                      + " (up to 6); absent, 万元 as before the parameter existed")
          @RequestParam(required = false)
          String amountUnit,
      @org.springframework.web.bind.annotation.RequestHeader("Content-Type") String type) {
    BudgetId id = Fields.read("budgetId", budgetId, BudgetId::parse);
    String name =
        fileName != null ? fileName : type.startsWith("text/csv") ? "body.csv" : "body.json";
    MoneyUnit typedIn = Fields.unitOr("amountUnit", amountUnit, EntryRequests.API_DEFAULT_UNIT);
    AdjustmentOutcome outcome = adjustments.apply(id, name, body, actor.get(), typedIn, dryRun);
    return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(outcome);
  }
}
