package org.budgetledger.app.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.command.RuleViolations;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureException;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.importer.pdfdocument.RenderedDisclosure;
import org.budgetledger.app.importer.plan.ImportPlan;
import org.budgetledger.app.importer.plan.ImportPlanner;
import org.budgetledger.app.importer.plan.ImportRejectedException;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.ImportOutcome;
import org.budgetledger.core.model.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a published disclosure document as one atomic, idempotent change: parse, reconstruct,
 * then store the document and record its events in one transaction. A document with any problem
 * imports nothing; the same document twice (by content hash) imports nothing new.
 */
@Service
public class DisclosureImporter {
  private final CommandGateway commands;
  private final TransactionTemplate transaction;
  private final ImportedDocuments documents;
  private final ProjectionFreshness freshness;
  private final Clock clock;

  public DisclosureImporter(CommandGateway commands, TransactionTemplate transaction,
      ImportedDocuments documents, ProjectionFreshness freshness, Clock clock) {
    this.commands = commands;
    this.transaction = transaction;
    this.documents = documents;
    this.freshness = freshness;
    this.clock = clock;
  }

  public ImportReport importFile(Path file, Actor actor) {
    try {
      return importBytes(file.getFileName().toString(), Files.readAllBytes(file), actor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Imports a document as uploaded: a PDF (told by its {@code %PDF-} signature, not its name) is
   * read as published; anything else is the disclosure text in UTF-8.
   */
  public ImportReport importBytes(String fileName, byte[] content, Actor actor) {
    if (!PdfDisclosureReader.isPdf(content)) {
      return importText(fileName, new String(content, StandardCharsets.UTF_8), actor);
    }
    long start = System.nanoTime();
    RenderedDisclosure rendered;
    try {
      rendered = new PdfDisclosureReader(LayoutProfiles.builtIn()).read(fileName, content);
    } catch (PdfDisclosureException e) {
      return ImportReport.rejected(fileName, PdfImportReports.sha256(content), e.problems(),
          millisSince(start));
    }
    return PdfImportReports.placed(importText(fileName, rendered.text(), actor), rendered);
  }

  public ImportReport importText(String fileName, String text, Actor actor) {
    long start = System.nanoTime();
    ParseResult parsed = new DisclosureDocumentParser().parse(fileName, text);
    String hash = parsed.document().header().contentHash();
    ImportPlan plan;
    try {
      plan = new ImportPlanner().plan(parsed, actor);
    } catch (ImportRejectedException e) {
      return ImportReport.rejected(fileName, hash, e.problems(), millisSince(start));
    }
    var c = plan.command();
    ImportOutcome outcome;
    try {
      outcome = transaction.execute(tx -> {
        documents.storeIfAbsent(hash, c.budgetId().toString(), fileName, text, clock.instant());
        return commands.sendAndWait(c);
      });
    } catch (BudgetRuleViolation | CommandExecutionException e) {
      BudgetRuleViolation rule = RuleViolations.of(e).orElseThrow(() -> e);
      return ImportReport.rejected(fileName, hash, java.util.List.of(
          new org.budgetledger.app.importer.plan.ImportProblem(fileName, 0, "ledger",
              rule.getMessage())), millisSince(start));
    }
    freshness.awaitCaughtUp(Duration.ofSeconds(60));
    int indicators = c.projects().stream().mapToInt(p -> p.indicators().size()).sum();
    return new ImportReport(outcome.alreadyImported() ? ImportReport.Status.ALREADY_IMPORTED
        : ImportReport.Status.IMPORTED, fileName, hash, c.budgetId().toString(),
        outcome.entryId().value(), c.units().size(), c.spendingLegs().size(),
        c.incomeLegs().size(), c.projects().size(), indicators, plan.margins(),
        outcome.alreadyImported() ? java.util.List.of() : plan.notes(), java.util.List.of(),
        millisSince(start));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
