package org.budgetledger.app.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.command.RuleViolations;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.input.DocumentText;
import org.budgetledger.app.importer.input.ImportInputException;
import org.budgetledger.app.importer.input.ImportLimits;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureException;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.importer.pdfdocument.RenderedDisclosure;
import org.budgetledger.app.importer.plan.ImportPlan;
import org.budgetledger.app.importer.plan.ImportPlanner;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.app.importer.plan.ImportRejectedException;
import org.budgetledger.app.importer.plan.LinePlaces;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.readmodel.ReadModelStoppedException;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.ImportOutcome;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.InvalidTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a published disclosure document as one atomic, idempotent change: parse, reconstruct,
 * then store the document and record its events in one transaction. A document with any problem
 * imports nothing; the same document twice (by content hash) imports nothing new.
 */
@Service
public class DisclosureImporter {
  private static final Logger LOG = LoggerFactory.getLogger(DisclosureImporter.class);
  private final CommandGateway commands;
  private final TransactionTemplate transaction;
  private final ImportedDocuments documents;
  private final ProjectionFreshness freshness;
  private final Clock clock;
  private final LayoutProfiles layouts;

  @Autowired
  public DisclosureImporter(
      CommandGateway commands,
      TransactionTemplate transaction,
      ImportedDocuments documents,
      ProjectionFreshness freshness,
      Clock clock) {
    this(commands, transaction, documents, freshness, clock, LayoutProfiles.builtIn());
  }

  /** With the layout families a PDF is mapped through ({@link LayoutProfiles#builtIn()} in use). */
  public DisclosureImporter(
      CommandGateway commands,
      TransactionTemplate transaction,
      ImportedDocuments documents,
      ProjectionFreshness freshness,
      Clock clock,
      LayoutProfiles layouts) {
    this.layouts = layouts;
    this.commands = commands;
    this.transaction = transaction;
    this.documents = documents;
    this.freshness = freshness;
    this.clock = clock;
  }

  /** Reads a file (encoding detected, limits checked) and imports it; never throws for content. */
  public ImportReport importFile(Path file, Actor actor) {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > ImportLimits.MAX_BYTES) {
        return refused(
            new ImportInputException(
                name,
                0,
                "文件",
                ProblemKind.FILE_TOO_LARGE,
                Files.size(file),
                ImportLimits.MAX_BYTES),
            System.nanoTime());
      }
      return importBytes(name, Files.readAllBytes(file), actor);
    } catch (IOException e) {
      return refused(
          new ImportInputException(name, 0, "文件", ProblemKind.FILE_UNREADABLE, e),
          System.nanoTime());
    }
  }

  /**
   * Imports a document as uploaded: a PDF (told by its {@code %PDF-} signature, not its name) is
   * read as published; anything else is the disclosure text, its encoding detected (BOM, UTF-8,
   * GB18030) and its limits checked.
   */
  public ImportReport importBytes(String fileName, byte[] content, Actor actor) {
    long start = System.nanoTime();
    if (!PdfDisclosureReader.isPdf(content)) {
      String text;
      try {
        text = DocumentText.decode(fileName, content);
      } catch (ImportInputException e) {
        return refused(e, start);
      }
      return importText(fileName, text, actor);
    }
    if (content.length > ImportLimits.MAX_BYTES) {
      return refused(
          new ImportInputException(
              fileName,
              0,
              "文件",
              ProblemKind.FILE_TOO_LARGE,
              content.length,
              ImportLimits.MAX_BYTES),
          start);
    }
    RenderedDisclosure rendered;
    try {
      rendered = new PdfDisclosureReader(layouts).read(fileName, content);
    } catch (PdfDisclosureException e) {
      return ImportReport.rejected(
          fileName, PdfImportReports.sha256(content), e.problems(), millisSince(start));
    } catch (RuntimeException e) {
      // A malformed PDF may break the mapping in a way no rule names: still a refusal of this
      // file with its place, never an error out of the import (a 500, a stack trace).
      LOG.warn("PDF {} could not be mapped through its layout", fileName, e);
      return ImportReport.rejected(
          fileName,
          PdfImportReports.sha256(content),
          List.of(new ImportProblem(fileName, 0, "PDF", ProblemKind.PDF_TABLES_UNREADABLE, e)),
          millisSince(start));
    }
    return PdfImportReports.placed(
        importText(fileName, rendered.text(), actor, PdfImportReports.places(rendered)), rendered);
  }

  public ImportReport importText(String fileName, String text, Actor actor) {
    return importText(fileName, text, actor, LinePlaces.TEXT);
  }

  private ImportReport importText(String fileName, String text, Actor actor, LinePlaces places) {
    long start = System.nanoTime();
    try {
      DocumentText.check(fileName, text);
      return read(fileName, text, actor, places, start);
    } catch (ImportInputException e) {
      return refused(e, start);
    } catch (ImportReadFailure e) {
      return ImportReport.rejected(
          fileName,
          e.hash,
          List.of(new ImportProblem(fileName, 0, "文件", e.kind, e.getMessage())),
          millisSince(start));
    }
  }

  private ImportReport read(
      String fileName, String text, Actor actor, LinePlaces places, long start) {
    try {
      freshness.refuseWritesIfStopped();
    } catch (ReadModelStoppedException e) {
      return ImportReport.rejected(
          fileName,
          null,
          List.of(
              new ImportProblem(fileName, 0, "账本", ProblemKind.READ_MODEL_STOPPED, e.getMessage())),
          millisSince(start));
    }
    ParseResult parsed;
    try {
      parsed = new DisclosureDocumentParser().parse(fileName, text);
    } catch (RuntimeException e) {
      throw new ImportReadFailure(null, ProblemKind.PARSER_FAILED, e);
    }
    String hash = parsed.document().header().contentHash();
    ImportPlan plan;
    try {
      plan = new ImportPlanner().plan(parsed, actor, places);
    } catch (ImportRejectedException e) {
      return ImportReport.rejected(fileName, hash, e.problems(), millisSince(start));
    } catch (InvalidTextException e) {
      return ImportReport.rejected(
          fileName,
          hash,
          List.of(
              new ImportProblem(
                  fileName, 0, e.field(), ProblemKind.TEXT_INVALID, e.field(), e.getMessage())),
          millisSince(start));
    } catch (RuntimeException e) {
      throw new ImportReadFailure(hash, ProblemKind.RECONSTRUCTION_FAILED, e);
    }
    var c = plan.command();
    Optional<ImportReport> reframed = reframe(c.budgetId(), fileName, hash, text, plan, start);
    if (reframed.isPresent()) {
      return reframed.get();
    }
    ImportOutcome outcome;
    try {
      outcome =
          transaction.execute(
              tx -> {
                documents.storeIfAbsent(
                    hash, c.budgetId().toString(), fileName, text, clock.instant());
                return commands.sendAndWait(c);
              });
    } catch (BudgetRuleViolation | CommandExecutionException e) {
      BudgetRuleViolation rule = RuleViolations.of(e).orElseThrow(() -> e);
      return ImportReport.rejected(
          fileName, hash, List.of(ruleProblem(fileName, rule)), millisSince(start));
    }
    List<String> notes =
        new java.util.ArrayList<>(outcome.alreadyImported() ? List.of() : plan.notes());
    // Committed: a read model that lags is a note on the report, not a failure of the import.
    freshness.awaitCaughtUp(Duration.ofSeconds(60)).ifPresent(notes::add);
    int indicators = c.projects().stream().mapToInt(p -> p.indicators().size()).sum();
    return new ImportReport(
        outcome.alreadyImported()
            ? ImportReport.Status.ALREADY_IMPORTED
            : ImportReport.Status.IMPORTED,
        fileName,
        hash,
        c.budgetId().toString(),
        outcome.entryId().value(),
        c.units().size(),
        c.spendingLegs().size(),
        c.incomeLegs().size(),
        c.projects().size(),
        indicators,
        plan.margins(),
        notes,
        List.of(),
        millisSince(start));
  }

  /**
   * The same document as one stored for the budget, read by a newer reader: the same text but for
   * its cover lines (a document imported before the cover recorded printed numbers and headers).
   * Importing it would be a second 年初预算; its new cover is recorded as the stored document's frame
   * instead, and nothing else is written.
   */
  private Optional<ImportReport> reframe(
      BudgetId budget, String fileName, String hash, String text, ImportPlan plan, long start) {
    String body = DocumentCover.withoutFrame(text);
    for (ImportedDocument stored : documents.of(budget)) {
      if (stored.contentHash().equals(hash)
          || !DocumentCover.withoutFrame(stored.content()).equals(body)) {
        continue;
      }
      transaction.executeWithoutResult(
          tx ->
              documents.storeFrame(
                  stored.contentHash(),
                  budget.toString(),
                  DocumentCover.frame(text),
                  clock.instant()));
      var c = plan.command();
      return Optional.of(
          new ImportReport(
              ImportReport.Status.ALREADY_IMPORTED,
              fileName,
              stored.contentHash(),
              budget.toString(),
              // the import's entry id is made from the stored document's hash (ImportPlanner)
              "import-" + stored.contentHash().substring(0, 16),
              c.units().size(),
              c.spendingLegs().size(),
              c.incomeLegs().size(),
              c.projects().size(),
              c.projects().stream().mapToInt(p -> p.indicators().size()).sum(),
              plan.margins(),
              List.of("已导入的同一文件（" + stored.fileName() + "）：只更新其表号、小数位和表头（版式），未写入任何分录"),
              List.of(),
              millisSince(start)));
    }
    return Optional.empty();
  }

  private static ImportReport refused(ImportInputException e, long start) {
    return ImportReport.rejected(
        e.fileName(),
        null,
        List.of(new ImportProblem(e.fileName(), e.lineNo(), e.field(), e.text(), null, null)),
        millisSince(start));
  }

  /**
   * A document the importer failed on in a way it does not name yet: refused as a whole (nothing
   * was written, the transaction had not begun), logged with its cause for the developers.
   */
  private static final class ImportReadFailure extends RuntimeException {
    private final String hash;
    private final ProblemKind kind;

    ImportReadFailure(String hash, ProblemKind kind, RuntimeException cause) {
      super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
      this.hash = hash;
      this.kind = kind;
      LOG.warn("Import refused: {}", getMessage(), cause);
    }
  }

  /** The budget refused the import's entry: a second 年初预算 has its own words. */
  private static ImportProblem ruleProblem(String fileName, BudgetRuleViolation rule) {
    return rule.rule() == BudgetRule.INITIAL_BUDGET_EXISTS
        ? new ImportProblem(fileName, 0, "账本", ProblemKind.INITIAL_BUDGET_EXISTS, rule.getMessage())
        : new ImportProblem(
            fileName, 0, "账本", ProblemKind.BUDGET_RULE, rule.rule().name(), rule.getMessage());
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
