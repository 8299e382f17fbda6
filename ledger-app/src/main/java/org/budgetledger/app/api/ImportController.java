package org.budgetledger.app.api;

import java.io.IOException;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.input.ImportLimits;
import org.budgetledger.app.reconciliation.ImportReconciliation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a disclosure document, the PDF as published or its text (told by content): 201 when
 * imported, 200 when already imported, 422 with the problems (file, page or line, field) when
 * nothing could be imported.
 */
@RestController
@RequestMapping("/api/imports")
public class ImportController {
  private final DisclosureImporter importer;
  private final CurrentActor actor;
  private final ImportReconciliation reconciliation;

  public ImportController(
      DisclosureImporter importer, CurrentActor actor, ImportReconciliation reconciliation) {
    this.importer = importer;
    this.reconciliation = reconciliation;
    this.actor = actor;
  }

  /**
   * The body's bytes: a PDF as published ({@code application/pdf}) or the text, decoded as the CLI
   * decodes a file (BOM, UTF-8, GB18030, or refused); which one is told by content.
   */
  @PostMapping(
      consumes = {
        MediaType.TEXT_PLAIN_VALUE,
        MediaType.APPLICATION_PDF_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE
      })
  public ResponseEntity<ImportReport> importText(
      @RequestParam String fileName, jakarta.servlet.http.HttpServletRequest request)
      throws IOException {
    // Read no more than the limit and one byte: a body of gigabytes must not reach the heap.
    byte[] body = request.getInputStream().readNBytes(ImportLimits.MAX_BYTES + 1);
    return respond(importer.importBytes(fileName, body, actor.get()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file)
      throws IOException {
    String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
    return respond(importer.importBytes(name, file.getBytes(), actor.get()));
  }

  private ResponseEntity<ImportReport> respond(ImportReport imported) {
    ImportReport report = reconciliation.withFindings(imported);
    HttpStatus status =
        switch (report.status()) {
          case IMPORTED -> HttpStatus.CREATED;
          case ALREADY_IMPORTED -> HttpStatus.OK;
          case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    return ResponseEntity.status(status).body(report);
  }
}
