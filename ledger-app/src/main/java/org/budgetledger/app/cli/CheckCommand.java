package org.budgetledger.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.budgetledger.app.checks.CheckReportView;
import org.budgetledger.app.checks.DocumentSources;
import org.budgetledger.app.checks.UnreadableDocumentException;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.DocumentChecks;
import org.budgetledger.projections.checks.FindingsText;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ledger check FILE…}: the auditor's checks (issue 12) on published documents, without
 * recording them in the ledger. A folder stands for its .txt and .pdf files. One summary line per
 * document; the findings too for a single document or with {@code --details}. Exit code 1 when a
 * check fails, 2 when a document cannot be read (the others are still checked).
 */
@Component
@Scope("prototype")
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Run the auditor's checks on published documents without importing them.")
public class CheckCommand implements LedgerSubcommand {
  private final JsonMapper json;

  @Parameters(arity = "1..*", description = "Documents (.txt extracted text or .pdf) or folders.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the findings as JSON, grouped by family.")
  boolean asJson;

  @Option(names = "--details", description = "List the findings of every document.")
  boolean details;

  @Option(names = "--all", description = "List passing checks too.")
  boolean all;

  public CheckCommand(JsonMapper json) {
    this.json = json;
  }

  @Override
  public Integer call() {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      files.addAll(expand(path));
    }
    List<CheckReportView> views = new ArrayList<>();
    boolean unreadable = false;
    boolean failed = false;
    DocumentChecks checks = DocumentChecks.standard();
    for (Path file : files) {
      CheckReport report;
      try {
        report = checks.run(DocumentSources.read(file));
      } catch (UnreadableDocumentException e) {
        System.err.println("无法读取 UNREADABLE " + e.getMessage());
        unreadable = true;
        continue;
      }
      failed |= report.count(CheckStatus.FAIL) > 0;
      if (asJson) {
        views.add(CheckReportView.of(report, null));
      } else if (details || all || files.size() == 1) {
        System.out.println(FindingsText.render(report, all));
      } else {
        System.out.println(report.summaryLine());
      }
    }
    if (asJson) {
      System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(views));
    }
    return unreadable ? 2 : failed ? 1 : 0;
  }

  private static List<Path> expand(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files
          .filter(
              f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".txt") || name.endsWith(".pdf");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          path + ": folder cannot be listed: " + e.getMessage(), e);
    }
  }
}
