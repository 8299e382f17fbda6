package org.budgetledger.app.bench.fuzz;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.core.model.Actor;

/**
 * Feeds mutated documents to the importer as uploaded bytes (the path of the CLI, REST and the
 * page) and tallies what happened; {@code storeRows} counts the rows an import writes (events,
 * documents), so a refused document that wrote anything is caught.
 */
public final class DocumentFuzzer {
  private static final Actor FUZZER = Actor.of("fuzzer");
  private final DisclosureImporter importer;
  private final LongSupplier storeRows;

  public DocumentFuzzer(DisclosureImporter importer, LongSupplier storeRows) {
    this.importer = importer;
    this.storeRows = storeRows;
  }

  public FuzzTally run(Supplier<Mutant> mutants, int documents) {
    return run(mutants, documents, tally -> {});
  }

  /** {@code progress} is told the tally after every 500 documents, for a long run's log. */
  public FuzzTally run(Supplier<Mutant> mutants, int documents, Consumer<FuzzTally> progress) {
    FuzzTally tally = new FuzzTally();
    for (int i = 0; i < documents; i++) {
      if (i > 0 && i % 500 == 0) {
        progress.accept(tally);
      }
      Mutant m = mutants.get();
      long before = storeRows.getAsLong();
      try {
        ImportReport report = importer.importBytes(m.fileName(), m.bytes(), FUZZER);
        tally.count(m, report, before, storeRows.getAsLong());
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        tally.crashed(m, e);
      }
    }
    return tally;
  }
}
