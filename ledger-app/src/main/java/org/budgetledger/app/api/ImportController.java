package org.budgetledger.app.api;

import java.io.IOException;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

  public ImportController(DisclosureImporter importer, CurrentActor actor) {
    this.importer = importer;
    this.actor = actor;
  }

  @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
  public ResponseEntity<ImportReport> importText(@RequestParam String fileName,
      @RequestBody String text) {
    return respond(importer.importText(fileName, text, actor.get()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file)
      throws IOException {
    String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
    return respond(importer.importBytes(name, file.getBytes(), actor.get()));
  }

  /** The PDF as published, as the request body ({@code Content-Type: application/pdf}). */
  @PostMapping(consumes = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<ImportReport> importPdf(@RequestParam String fileName,
      @RequestBody byte[] content) {
    return respond(importer.importBytes(fileName, content, actor.get()));
  }

  private static ResponseEntity<ImportReport> respond(ImportReport report) {
    HttpStatus status = switch (report.status()) {
      case IMPORTED -> HttpStatus.CREATED;
      case ALREADY_IMPORTED -> HttpStatus.OK;
      case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
    return ResponseEntity.status(status).body(report);
  }
}
