package org.budgetledger.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.input.ImportLimits;
import org.budgetledger.app.reconciliation.ImportReconciliation;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ledger import FILE|DIR…}: imports published disclosure documents (the PDF as published
 * or its text), each all or nothing; a folder's documents in parallel with a progress bar, every
 * file reported.
 */
@Component
@Command(
    name = "import",
    description = "Import published disclosure documents: PDFs as published, or their text.")
public class ImportCommand implements LedgerSubcommand {
  private final DisclosureImporter importer;
  private final CurrentActor actor;
  private final JsonMapper json;
  private final ImportReconciliation reconciliation;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "documents to import; a folder: its .pdf and .txt files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jobs", description = "documents read at once (default: the processors)")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "print the reports as JSON")
  boolean asJson;

  public ImportCommand(
      DisclosureImporter importer,
      CurrentActor actor,
      JsonMapper json,
      ImportReconciliation reconciliation) {
    this.importer = importer;
    this.reconciliation = reconciliation;
    this.actor = actor;
    this.json = json;
  }

  /**
   * One file of the batch, reported whatever happens to it: a file that fails for a reason the
   * importer does not name (the database gone) is reported as refused and the batch goes on.
   */
  private ImportReport importOne(Path file) {
    try {
      return reconciliation.withFindings(importer.importFile(file, actor.get()));
    } catch (RuntimeException e) {
      return ImportReport.failed(String.valueOf(file.getFileName()), e);
    }
  }

  @Override
  public Integer call() {
    ImportFiles.Batch batch = ImportFiles.expand(files);
    List<Path> documents = batch.documents();
    if (documents.size() > ImportLimits.MAX_BATCH_FILES) {
      System.err.println(
          "ledger import: "
              + documents.size()
              + " files; one batch takes at most "
              + ImportLimits.MAX_BATCH_FILES);
      return 2;
    }
    List<ImportReport> reports =
        new ParallelImport(
                file ->
                    batch.unlisted().containsKey(file)
                        ? batch.unlistedReport(file)
                        : importOne(file),
                jobs)
            .run(documents, new ProgressBar());
    if (asJson) {
      System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
    } else {
      reports.forEach(r -> System.out.print(r.toText()));
    }
    return reports.stream().anyMatch(r -> r.status() == ImportReport.Status.REJECTED) ? 1 : 0;
  }
}
