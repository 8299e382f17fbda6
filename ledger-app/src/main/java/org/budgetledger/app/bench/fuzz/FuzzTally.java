package org.budgetledger.app.bench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.plan.ImportProblem;

/**
 * What a fuzz run found: documents tried, imported, refused with every problem naming its place,
 * refused without a place, crashes (an exception escaped the importer), and partial writes (a
 * refused document that changed the store). The last three must be zero.
 */
public final class FuzzTally {
  private int tried;
  private int imported;
  private int refusedWithPlace;
  private final List<String> refusedWithoutPlace = new ArrayList<>();
  private final List<String> crashes = new ArrayList<>();
  private final List<String> partialWrites = new ArrayList<>();
  private final Map<String, Integer> byKind = new TreeMap<>();

  void count(Mutant m, ImportReport report, long storeBefore, long storeAfter) {
    tried++;
    byKind.merge(m.kind(), 1, Integer::sum);
    if (report.status() != ImportReport.Status.REJECTED) {
      imported++;
      return;
    }
    if (storeAfter != storeBefore) {
      partialWrites.add(m.fileName() + ": " + (storeAfter - storeBefore) + " rows written");
    }
    if (!report.problems().isEmpty() && report.problems().stream().allMatch(FuzzTally::placed)) {
      refusedWithPlace++;
    } else {
      refusedWithoutPlace.add(m.fileName() + ": " + report.problems());
    }
  }

  void crashed(Mutant m, Throwable e) {
    tried++;
    byKind.merge(m.kind(), 1, Integer::sum);
    crashes.add(m.fileName() + ": " + e);
  }

  /** A place: the file, and a line or the named part of the document (table, field). */
  private static boolean placed(ImportProblem p) {
    return p.fileName() != null
        && !p.fileName().isBlank()
        && (p.lineNo() > 0 || (p.field() != null && !p.field().isBlank()));
  }

  public int tried() {
    return tried;
  }

  public int imported() {
    return imported;
  }

  public int refusedWithPlace() {
    return refusedWithPlace;
  }

  public List<String> refusedWithoutPlace() {
    return refusedWithoutPlace;
  }

  public List<String> crashes() {
    return crashes;
  }

  public List<String> partialWrites() {
    return partialWrites;
  }

  public String summary() {
    return String.format(
        "tried %,d  imported or already imported %,d  refused with place %,d  refused without place"
            + " %d  crashes %d  partial writes %d%n  by mutation: %s",
        tried,
        imported,
        refusedWithPlace,
        refusedWithoutPlace.size(),
        crashes.size(),
        partialWrites.size(),
        byKind);
  }
}
