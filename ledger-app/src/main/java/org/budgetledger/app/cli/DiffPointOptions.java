package org.budgetledger.app.cli;

import java.time.LocalDate;
import org.budgetledger.app.request.Instants;
import org.budgetledger.projections.entries.PointInTime;
import picocli.CommandLine.Option;

/**
 * The two points of a diff. {@code --from}/{@code --to} take either kind: a date alone is an
 * effective date, a date with a time is a recorded instant, {@code latest} is latest; the explicit
 * options (the REST parameters' names) give both kinds at once.
 */
public class DiffPointOptions {
  @Option(
      names = "--from",
      paramLabel = "POINT",
      description =
          "2026-06-30 (effective) or " + "2026-07-01T00:00:00+08:00 (as of). Default: latest.")
  String from;

  @Option(names = "--to", paramLabel = "POINT", description = "As --from. Default: latest.")
  String to;

  @Option(names = "--from-as-of", paramLabel = "INSTANT")
  String fromAsOf;

  @Option(names = "--from-effective", paramLabel = "DATE")
  String fromEffective;

  @Option(names = "--to-as-of", paramLabel = "INSTANT")
  String toAsOf;

  @Option(names = "--to-effective", paramLabel = "DATE")
  String toEffective;

  PointInTime from() {
    return point(from, fromAsOf, fromEffective);
  }

  PointInTime to() {
    return point(to, toAsOf, toEffective);
  }

  private static PointInTime point(String either, String asOf, String effective) {
    PointInTime shorthand =
        either == null || either.equalsIgnoreCase("latest")
            ? PointInTime.LATEST
            : either.length() == 10
                ? PointInTime.effective(LocalDate.parse(either))
                : PointInTime.asOf(Instants.parse(either));
    return new PointInTime(
        asOf != null ? Instants.parse(asOf) : shorthand.asOf(),
        effective != null ? LocalDate.parse(effective) : shorthand.effective());
  }
}
