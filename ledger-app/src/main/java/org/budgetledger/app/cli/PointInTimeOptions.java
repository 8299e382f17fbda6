package org.budgetledger.app.cli;

import java.time.LocalDate;
import org.budgetledger.app.request.Instants;
import org.budgetledger.projections.entries.PointInTime;
import picocli.CommandLine.Option;

/** {@code --as-of} (a recorded instant) and {@code --effective} (a date); latest when absent. */
public class PointInTimeOptions {
  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "What the ledger had recorded by then: 2026-07-01T00:00:00+08:00, or a date "
              + "(00:00 Beijing). Default: latest.")
  String asOf;

  @Option(
      names = "--effective",
      paramLabel = "DATE",
      description = "The budget in force on that date: 2026-06-30. Default: latest.")
  String effective;

  PointInTime at() {
    return new PointInTime(
        asOf == null ? null : Instants.parse(asOf),
        effective == null ? null : LocalDate.parse(effective));
  }
}
