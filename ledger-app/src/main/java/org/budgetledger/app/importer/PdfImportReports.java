package org.budgetledger.app.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.budgetledger.app.importer.layout.DocumentIdentity;
import org.budgetledger.app.importer.pdfdocument.LinePlace;
import org.budgetledger.app.importer.pdfdocument.RenderedDisclosure;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.app.importer.plan.LinePlaces;
import org.budgetledger.app.importer.problem.PagePlace;

/**
 * The report of a PDF import in the PDF's terms: each problem names the page, table and row of the
 * PDF that its line of the rendered text came from, and the notes say which family and which
 * document the PDF was read as.
 */
final class PdfImportReports {
  private PdfImportReports() {}

  static ImportReport placed(ImportReport report, RenderedDisclosure rendered) {
    List<ImportProblem> problems =
        report.problems().stream()
            .map(
                p -> {
                  LinePlace place = rendered.placeOf(p.lineNo());
                  return place == null
                      ? p
                      : p.at(new PagePlace(place.page(), place.table(), place.row()));
                })
            .toList();
    List<String> notes = new ArrayList<>();
    DocumentIdentity id = rendered.identity();
    notes.add(
        "PDF 按“"
            + rendered.family().profile().name()
            + "”读取："
            + rendered.tables()
            + " 张表，"
            + rendered.cells()
            + " 个单元格；"
            + (id.kind() == null ? "" : id.kind().chinese())
            + " "
            + (id.department() == null ? "（未写明部门）" : id.department())
            + " "
            + (id.fiscalYear() == null ? "（未写明年度）" : id.fiscalYear() + "年"));
    notes.addAll(rendered.remarks());
    notes.addAll(report.notes());
    return new ImportReport(
        report.status(),
        report.fileName(),
        report.contentHash(),
        report.budgetId(),
        report.entryId(),
        report.units(),
        report.spendingLegs(),
        report.incomeLegs(),
        report.projects(),
        report.indicators(),
        report.margins(),
        notes,
        problems,
        report.millis(),
        report.reconciliationFailures(),
        rendered.printedFigures());
  }

  /**
   * Figures named by the page, table and row of the PDF their line of the rendered text came from;
   * a line the rendering gives no place keeps its table and line.
   */
  static LinePlaces places(RenderedDisclosure rendered) {
    return (table, lineNo) -> {
      LinePlace place = rendered.placeOf(lineNo);
      return place == null ? LinePlaces.TEXT.of(table, lineNo) : place.toString();
    };
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
