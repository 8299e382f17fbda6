package org.budgetledger.app.importer.families;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.reconciliation.ReconciliationReport;

/** A corpus PDF a family's tests import through the ledger, or read to its canonical text. */
record FamilyPdf(Path path) {
  static FamilyPdf of(String file) {
    return new FamilyPdf(Path.of("src/test/resources/corpus/pdf", file));
  }

  String file() {
    return path.getFileName().toString();
  }

  ImportReport importInto(DisclosureImporter importer) throws IOException {
    return importer.importBytes(file(), Files.readAllBytes(path), Actor.of("tester"));
  }

  /** The document's canonical text as the PDF reader makes it, before any import. */
  String text() throws Exception {
    return new PdfDisclosureReader(LayoutProfiles.builtIn())
        .read(file(), Files.readAllBytes(path))
        .text();
  }

  List<String> lines() throws Exception {
    return text().lines().toList();
  }

  /** The imported document against the ledger as of its import. */
  static ReconciliationReport reconciled(
      ReconciliationService reconciliation, ImportReport imported) {
    return reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
  }
}
