package org.budgetledger.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ledger import FILE…}: imports published disclosure documents, each all or nothing. */
@Component
@Command(name = "import", description = "Import published disclosure documents (text from PDF).")
public class ImportCommand implements LedgerSubcommand {
  private final DisclosureImporter importer;
  private final CurrentActor actor;
  private final JsonMapper json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "documents to import")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "print the reports as JSON")
  boolean asJson;

  public ImportCommand(DisclosureImporter importer, CurrentActor actor, JsonMapper json) {
    this.importer = importer;
    this.actor = actor;
    this.json = json;
  }

  @Override
  public Integer call() {
    List<ImportReport> reports = new ArrayList<>();
    for (Path file : files) {
      ProgressLine.show("importing " + file.getFileName());
      reports.add(importer.importFile(file, actor.get()));
      ProgressLine.clear();
    }
    if (asJson) {
      System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
    } else {
      reports.forEach(r -> System.out.print(r.toText()));
    }
    return reports.stream().anyMatch(r -> r.status() == ImportReport.Status.REJECTED) ? 1 : 0;
  }
}
