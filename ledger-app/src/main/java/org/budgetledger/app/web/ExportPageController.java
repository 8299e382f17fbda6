package org.budgetledger.app.web;

import java.nio.charset.StandardCharsets;
import org.budgetledger.app.export.ExportFormat;
import org.budgetledger.app.export.Exports;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.request.Fields;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 预算表 page's download buttons: the table shown, at the point shown, as XLSX or CSV. The REST
 * export under /api takes HTTP Basic only, so the page has its own endpoint on the signed-in
 * session, answered by the same {@link TableInquiry} and {@link Exports}.
 */
@Controller
public class ExportPageController {
  private final TableInquiry tables;
  private final Exports exports;

  public ExportPageController(TableInquiry tables, Exports exports) {
    this.tables = tables;
    this.exports = exports;
  }

  @GetMapping("/budgets/{budgetId}/tables/{table}/export")
  public ResponseEntity<byte[]> export(
      @PathVariable String budgetId,
      @PathVariable String table,
      @RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective) {
    ExportFormat f = Fields.enumValue("format", format, ExportFormat.class);
    Point point = Point.parse("asOf", asOf, "effective", effective);
    DepartmentTables set = tables.table(BudgetSnapshots.id(budgetId), table, point.at());
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(exports.fileName(set, f, true), StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(f.mediaType()))
        .body(exports.bytes(set, f));
  }
}
