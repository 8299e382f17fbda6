package org.budgetledger.app.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The reconciliation status of each budget for 部门列表. Reconciling parses the document and rebuilds
 * all 13 tables (see README, Performance), too slow for every budget on every visit. The status is
 * that of the ledger as of each import ({@code reconcileAsImported}), and what was recorded by then
 * never changes (the log is append-only), so it changes only when a document is imported: it is
 * kept per budget with the list of the budget's documents as the key. The cache is filled on start,
 * in the background, so the first visit does not pay for it either.
 */
@Service
public class ReconciliationStatuses {
  private static final Logger log = LoggerFactory.getLogger(ReconciliationStatuses.class);

  private record Cached(List<String> documents, ReconciliationStatus status) {}

  private final ReconciliationService service;
  private final ImportedDocuments documents;
  private final FactTable facts;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final boolean commandLine;

  public ReconciliationStatuses(
      ReconciliationService service,
      ImportedDocuments documents,
      FactTable facts,
      @Value("${ledger.cli:false}") boolean commandLine) {
    this.service = service;
    this.documents = documents;
    this.facts = facts;
    this.commandLine = commandLine;
  }

  public ReconciliationStatus of(BudgetId id) {
    List<String> files = documents.fileNames(id.toString());
    if (files.isEmpty()) {
      return ReconciliationStatus.NO_DOCUMENT;
    }
    Cached cached = cache.get(id.toString());
    if (cached != null && cached.documents().equals(files)) {
      return cached.status();
    }
    long start = System.nanoTime();
    List<ReconciliationReport> reports = service.reconcileAsImported(id);
    // The latest document is what the department published last: its status is the budget's.
    ReconciliationStatus status =
        ReconciliationStatus.of(reports.get(reports.size() - 1).comparison());
    cache.put(id.toString(), new Cached(files, status));
    log.info("部门列表: reconciled {} in {} ms", id, (System.nanoTime() - start) / 1_000_000);
    return status;
  }

  /**
   * Not for a command line run: it shows no page, and reconciling every budget beside its command
   * took the CPU the command needed (a verify slowed by a measurable share: README, Performance).
   */
  @EventListener(ApplicationReadyEvent.class)
  public void warmUp() {
    if (commandLine) {
      return;
    }
    Thread warm = new Thread(() -> facts.budgetIds().forEach(this::warm), "reconciliation-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** Fills the cache for one budget; a failure is left for the page to show. */
  public void warm(String budget) {
    try {
      of(BudgetId.parse(budget));
    } catch (RuntimeException e) {
      log.warn("部门列表: could not reconcile {}: {}", budget, e.toString());
    }
  }
}
