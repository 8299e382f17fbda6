package org.budgetledger.app.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.reconciliation.ImportReconciliation;
import org.budgetledger.core.model.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs page uploads through {@link DisclosureImporter} on one background thread, so the page can
 * answer at once and poll for the report (an import of a large document takes seconds). One at a
 * time: imports are rare, and the importer's transaction holds the budget anyway. The actor is
 * taken on the request's thread, where the signed-in user is known. Only the last jobs are kept.
 */
@Service
public class ImportJobs implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
  private static final int KEPT = 50;
  private final DisclosureImporter importer;
  private final ImportReconciliation reconciliation;
  private final ReconciliationStatuses statuses;
  private final Clock clock;
  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "web-import");
            t.setDaemon(true);
            return t;
          });

  public ImportJobs(
      DisclosureImporter importer,
      ReconciliationStatuses statuses,
      Clock clock,
      ImportReconciliation reconciliation) {
    this.importer = importer;
    this.reconciliation = reconciliation;
    this.statuses = statuses;
    this.clock = clock;
  }

  /** Starts importing an upload: a PDF as published or the disclosure text, told by content. */
  public ImportJob start(String fileName, byte[] content, Actor actor) {
    ImportJob job =
        new ImportJob(
            UUID.randomUUID().toString(),
            fileName,
            content.length,
            actor.toString(),
            clock.instant(),
            null,
            null);
    forgetOldest();
    jobs.put(job.id(), job);
    worker.submit(
        () -> {
          try {
            ImportReport report =
                reconciliation.withFindings(importer.importBytes(fileName, content, actor));
            jobs.put(job.id(), job.finished(report));
            if (report.status() == ImportReport.Status.IMPORTED) {
              statuses.warm(report.budgetId()); // so that 部门列表 does not reconcile it
            }
          } catch (RuntimeException e) {
            log.error("Import of {} failed", fileName, e);
            jobs.put(job.id(), job.failed(e.toString()));
          }
        });
    return job;
  }

  /** A job of this user: another user's job id finds nothing. */
  public Optional<ImportJob> find(String id, String user) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.actor().equals(user));
  }

  private void forgetOldest() {
    while (jobs.size() >= KEPT) {
      Optional<ImportJob> oldest =
          jobs.values().stream()
              .filter(ImportJob::done)
              .min(Comparator.comparing(ImportJob::started));
      if (oldest.isEmpty()) {
        return; // all still running: none may be forgotten before its user has seen it
      }
      jobs.remove(oldest.get().id());
    }
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
