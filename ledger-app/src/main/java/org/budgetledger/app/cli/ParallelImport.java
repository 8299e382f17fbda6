package org.budgetledger.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.inquiry.Progress;

/**
 * Imports documents on {@code jobs} threads (reading a PDF and solving its lines is the slow part;
 * each import still commits alone, all or nothing), reporting each file in the order given. A
 * file's import must report its own failure ({@code importOne} never throws), so the others go on.
 */
final class ParallelImport {
  private final Function<Path, ImportReport> importOne;
  private final int jobs;

  ParallelImport(Function<Path, ImportReport> importOne, int jobs) {
    this.importOne = importOne;
    this.jobs = Math.max(1, jobs);
  }

  List<ImportReport> run(List<Path> files, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, files.size())));
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<ImportReport>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(
            pool.submit(
                () -> {
                  ImportReport report = importOne.apply(file);
                  synchronized (progress) {
                    progress.step(
                        file.getFileName().toString(), done.incrementAndGet(), files.size());
                  }
                  return report;
                }));
      }
      List<ImportReport> reports = new ArrayList<>();
      for (Future<ImportReport> future : futures) {
        reports.add(future.get());
      }
      return reports;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("import failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
