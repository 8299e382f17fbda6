package org.budgetledger.app.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The write path's meters, per node ({@code /actuator/metrics}): {@code ledger.commands} by outcome
 * (committed, rejected by a budget rule, conflict: lost every retry of a race with another writer),
 * {@code ledger.commands.retries} (a race lost and retried on the fresh state) and {@code
 * ledger.commands.freshness} (how long committed writes waited for their read models).
 */
@Component
public class CommandMetrics {
  private final Counter committed;
  private final Counter rejected;
  private final Counter conflicts;
  private final Counter retries;
  private final Timer freshness;

  public CommandMetrics(MeterRegistry registry) {
    committed = outcome(registry, "committed");
    rejected = outcome(registry, "rejected");
    conflicts = outcome(registry, "conflict");
    retries =
        Counter.builder("ledger.commands.retries")
            .description("commands that lost the race for their budget's next place, retried")
            .register(registry);
    freshness =
        Timer.builder("ledger.commands.freshness")
            .description("the wait of committed commands for their own events in the read models")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
  }

  private static Counter outcome(MeterRegistry registry, String outcome) {
    return Counter.builder("ledger.commands")
        .description("commands sent by REST, pages and the command line, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  void committed(Duration freshnessWait) {
    committed.increment();
    freshness.record(freshnessWait);
  }

  void rejected() {
    rejected.increment();
  }

  void conflict() {
    conflicts.increment();
  }

  /** For {@link ConcurrencyRetry}: a lost race, sent again. */
  public void retried() {
    retries.increment();
  }
}
