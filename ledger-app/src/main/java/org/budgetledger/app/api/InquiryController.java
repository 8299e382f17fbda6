package org.budgetledger.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.budgetledger.app.export.DepartmentTablesJson;
import org.budgetledger.app.export.TableJson;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.inquiry.diff.ChangeSummary;
import org.budgetledger.app.inquiry.diff.DepartmentChanges;
import org.budgetledger.app.inquiry.diff.TableChanges;
import org.budgetledger.app.inquiry.diff.TableDiff;
import org.budgetledger.app.inquiry.provenance.CellHistory;
import org.budgetledger.app.inquiry.provenance.CellProvenance;
import org.budgetledger.app.inquiry.provenance.CellTrace;
import org.budgetledger.app.request.Fields;
import org.budgetledger.app.request.Instants;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors' questions (the CLI offers the same, under the same names): tables at a point in time,
 * the provenance and history of a cell, diffs and the department's change summary. A point in time
 * is {@code asOf} (recorded instant, ISO with offset, or a date: 00:00 Beijing) and {@code
 * effective} (a date); either or both, latest when absent.
 */
@RestController
@RequestMapping("/api/budgets/{budgetId}")
@Tag(name = "inquiry", description = "Tables at a point in time, provenance, history, diffs")
public class InquiryController {
  private final TableInquiry tables;
  private final CellTrace trace;
  private final TableDiff diff;
  private final ChangeSummary changes;

  public InquiryController(
      TableInquiry tables, CellTrace trace, TableDiff diff, ChangeSummary changes) {
    this.tables = tables;
    this.trace = trace;
    this.diff = diff;
    this.changes = changes;
  }

  @GetMapping("/tables")
  @Operation(summary = "tables: every disclosure table of the department at a point in time")
  public DepartmentTablesJson tables(
      @PathVariable String budgetId,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective) {
    return DepartmentTablesJson.of(
        tables.tables(id(budgetId), at("", asOf, effective), Progress.NONE));
  }

  @GetMapping("/tables/{table}")
  @Operation(summary = "tables: one table (03, 预算03表 or expenditure-summary)")
  public TableJson table(
      @PathVariable String budgetId,
      @PathVariable String table,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective) {
    DepartmentTables set = tables.table(id(budgetId), table, at("", asOf, effective));
    return TableJson.of(set.tables().get(0), set.decimals());
  }

  @GetMapping("/tables/{table}/cells/{row}/{column}/trace")
  @Operation(summary = "trace: every leg behind a cell; the legs sum exactly to the cell")
  public CellProvenance trace(
      @PathVariable String budgetId,
      @PathVariable String table,
      @PathVariable String row,
      @PathVariable String column,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective) {
    return trace.trace(id(budgetId), table, row, column, at("", asOf, effective));
  }

  @GetMapping("/tables/{table}/cells/{row}/{column}/history")
  @Operation(summary = "history: a cell's changes by effective date, with running values")
  public CellHistory history(
      @PathVariable String budgetId,
      @PathVariable String table,
      @PathVariable String row,
      @PathVariable String column,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective) {
    return trace.history(id(budgetId), table, row, column, at("", asOf, effective));
  }

  @GetMapping("/tables/{table}/diff")
  @Operation(summary = "diff: the cells that changed between two points and the entries why")
  public TableChanges diff(
      @PathVariable String budgetId,
      @PathVariable String table,
      @RequestParam(required = false) String fromAsOf,
      @RequestParam(required = false) String fromEffective,
      @RequestParam(required = false) String toAsOf,
      @RequestParam(required = false) String toEffective) {
    return diff.diff(
        id(budgetId), table, at("from", fromAsOf, fromEffective), at("to", toAsOf, toEffective));
  }

  @GetMapping("/changes")
  @Operation(summary = "changes: which tables changed between two points, and by how much")
  public DepartmentChanges changes(
      @PathVariable String budgetId,
      @RequestParam(required = false) String fromAsOf,
      @RequestParam(required = false) String fromEffective,
      @RequestParam(required = false) String toAsOf,
      @RequestParam(required = false) String toEffective) {
    return changes.changes(
        id(budgetId),
        at("from", fromAsOf, fromEffective),
        at("to", toAsOf, toEffective),
        Progress.NONE);
  }

  /** The table or cell named does not fit the request (an unknown table, a cell of text). */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid request");
    return p;
  }

  static BudgetId id(String budgetId) {
    return Fields.read("budgetId", budgetId, BudgetId::parse);
  }

  /** A point in time from {@code asOf}/{@code effective}, or {@code fromAsOf} … with a prefix. */
  static PointInTime at(String prefix, String asOf, String effective) {
    String asOfField = prefix.isEmpty() ? "asOf" : prefix + "AsOf";
    String effectiveField = prefix.isEmpty() ? "effective" : prefix + "Effective";
    return new PointInTime(
        Fields.optional(asOfField, asOf, Instants::parse),
        Fields.optional(effectiveField, effective, LocalDate::parse));
  }
}
