package org.budgetledger.app.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.budgetledger.app.checks.DocumentSources;
import org.budgetledger.app.importer.ImportedDocument;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.core.budget.api.DisclosureImportedEvent;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.DocumentChecks;
import org.budgetledger.projections.checks.PreviousBudget;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.facts.RecordedFact;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RoundedTerms;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.springframework.stereotype.Service;

/**
 * Reconciles each document imported for a budget with the ledger: the document's published tables
 * as the importer reads them ({@link ImportedDocuments}, the owner of {@code imported_document}),
 * the tables rebuilt from the ledger, and a report of both the cell comparison and the rules
 * (勾稽关系). By default the ledger is read as of the import (its recorded time from the facts' owner,
 * {@link FactTable}), so that adjustments recorded later are not reported as differences from the
 * document; any other point in time (latest included) can be asked for.
 */
@Service
public class ReconciliationService {
  private final ImportedDocuments imported;
  private final FactTable facts;
  private final BudgetViews views;
  private final DisclosureTables tables;

  public ReconciliationService(
      ImportedDocuments imported, FactTable facts, BudgetViews views, DisclosureTables tables) {
    this.imported = imported;
    this.facts = facts;
    this.views = views;
    this.tables = tables;
  }

  /** One report per imported document, oldest first, each as of its own import. */
  public List<ReconciliationReport> reconcileAsImported(BudgetId id) {
    List<ReconciliationReport> reports = new ArrayList<>();
    for (ImportedDocument document : documents(id)) {
      Instant asOf = importRecordedAt(id, document);
      reports.add(
          reconcile(
              id,
              document,
              PointInTime.asOf(asOf),
              "导入时点（截至 " + BEIJING.format(asOf) + "，生效日期：最新）"));
    }
    return reports;
  }

  /** One report per imported document, oldest first, the ledger read at {@code at}. */
  public List<ReconciliationReport> reconcile(BudgetId id, PointInTime at) {
    List<ReconciliationReport> reports = new ArrayList<>();
    for (ImportedDocument document : documents(id)) {
      reports.add(reconcile(id, document, at, describe(at)));
    }
    return reports;
  }

  /**
   * The auditor's checks (issue 12) on each imported document, oldest first: the document as
   * published, and its year-on-year figures against the ledger's own budget of the year before when
   * the ledger holds one.
   */
  public List<CheckReport> checks(BudgetId id) {
    PreviousBudget previous = previous(id);
    List<CheckReport> reports = new ArrayList<>();
    for (ImportedDocument document : documents(id)) {
      reports.add(
          DocumentChecks.standard()
              .run(DocumentSources.text(document.fileName(), document.content(), previous)));
    }
    return reports;
  }

  /** The department's previous-year budget as the ledger had it when it was imported. */
  private PreviousBudget previous(BudgetId id) {
    int year = id.year().value() - 1;
    BudgetId prior = BudgetId.of(year, id.department().value());
    List<ImportedDocument> imported;
    try {
      imported = documents(prior);
    } catch (NoSuchElementException none) {
      return null;
    }
    PointInTime at = PointInTime.asOf(importRecordedAt(prior, imported.get(0)));
    return views
        .at(prior, at)
        .map(
            view -> {
              TableSet set = TableSet.rebuilt(view, tables.build(view));
              return new PreviousBudget(
                  year,
                  set.amount(TableKind.INCOME_EXPENDITURE_SUMMARY, "totals:grand", "income"),
                  set.amount(TableKind.INCOME_EXPENDITURE_SUMMARY, "totals:grand", "spending"),
                  set.amount(TableKind.EXPENDITURE_SUMMARY, "total", "basic"),
                  set.amount(TableKind.EXPENDITURE_SUMMARY, "total", "project"));
            })
        .orElse(null);
  }

  /** A point in time as a reader in Beijing says it. */
  static String describe(PointInTime at) {
    return "截至 "
        + (at.asOf() == null ? "最新" : BEIJING.format(at.asOf()))
        + "，生效日期："
        + (at.effective() == null ? "最新" : at.effective().toString());
  }

  private static final java.time.format.DateTimeFormatter BEIJING =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '(北京时间)'")
          .withZone(java.time.ZoneId.of("Asia/Shanghai"));

  private ReconciliationReport reconcile(
      BudgetId id, ImportedDocument document, PointInTime at, String described) {
    TableSet published = document.publishedTables();
    BudgetView view =
        views
            .at(id, at)
            .orElseThrow(() -> new NoSuchElementException("budget " + id + " has no ledger " + at));
    // the rows the document prints beyond the ledger's own (款 and 项 under a 类) are rebuilt too
    TableSet rebuilt =
        TableSet.rebuilt(
            view,
            tables.build(
                view,
                kind ->
                    published
                        .table(kind)
                        .map(t -> t.rows().stream().map(TableRow::key).toList())
                        .orElse(List.of())));
    return ReconciliationReport.of(
        id.toString(),
        document.fileName(),
        document.contentHash(),
        described,
        published,
        rebuilt,
        RoundedTerms.of(view));
  }

  private List<ImportedDocument> documents(BudgetId id) {
    List<ImportedDocument> documents = imported.of(id);
    if (documents.isEmpty()) {
      throw new NoSuchElementException("no document has been imported for budget " + id);
    }
    return documents;
  }

  /**
   * When the ledger learnt the import: the later of the stored row's time and the recorded time of
   * the import's event, so that a clock step between the two cannot hide the import itself.
   */
  private Instant importRecordedAt(BudgetId id, ImportedDocument document) {
    Instant event =
        facts.recorded(id.toString(), DisclosureImportedEvent.class).stream()
            .filter(f -> f.event().contentHash().equals(document.contentHash()))
            .map(RecordedFact::recordedAt)
            .max(Comparator.naturalOrder())
            .orElse(null);
    return event == null || event.isBefore(document.importedAt()) ? document.importedAt() : event;
  }
}
