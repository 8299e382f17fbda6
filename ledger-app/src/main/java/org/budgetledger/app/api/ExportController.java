package org.budgetledger.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.budgetledger.app.export.ExportFormat;
import org.budgetledger.app.export.Exports;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.request.Fields;
import org.budgetledger.app.request.InvalidRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** export: tables as XLSX (published layout), CSV (UTF-8 with BOM) or JSON, as a download. */
@RestController
@RequestMapping("/api/budgets/{budgetId}")
@Tag(name = "inquiry")
public class ExportController {
  private final TableInquiry tables;
  private final Exports exports;

  public ExportController(TableInquiry tables, Exports exports) {
    this.tables = tables;
    this.exports = exports;
  }

  @GetMapping("/tables/{table}/export")
  @Operation(summary = "export: one table as xlsx, csv or json")
  public ResponseEntity<byte[]> table(
      @PathVariable String budgetId,
      @PathVariable String table,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective) {
    DepartmentTables set =
        tables.table(
            InquiryController.id(budgetId), table, InquiryController.at("", asOf, effective));
    return download(set, Fields.enumValue("format", format, ExportFormat.class), true);
  }

  @GetMapping("/export")
  @Operation(summary = "export: every table, xlsx with one sheet per table, or json")
  public ResponseEntity<byte[]> all(
      @PathVariable String budgetId,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective) {
    ExportFormat f = Fields.enumValue("format", format, ExportFormat.class);
    if (f == ExportFormat.CSV) {
      throw new InvalidRequestException(
          "format",
          "csv holds one table: use " + "tables/{table}/export?format=csv, or xlsx or json here");
    }
    DepartmentTables set =
        tables.tables(
            InquiryController.id(budgetId),
            InquiryController.at("", asOf, effective),
            Progress.NONE);
    return download(set, f, false);
  }

  private ResponseEntity<byte[]> download(
      DepartmentTables set, ExportFormat format, boolean oneTable) {
    ContentDisposition disposition =
        ContentDisposition.attachment()
            .filename(exports.fileName(set, format, oneTable), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .contentType(MediaType.parseMediaType(format.mediaType()))
        .body(exports.bytes(set, format));
  }
}
