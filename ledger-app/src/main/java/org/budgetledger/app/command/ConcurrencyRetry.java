package org.budgetledger.app.command;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command that lost the race for its budget's next place, against the fresh state: two
 * processes (two servers, or the server and the command line) decided on the same version of a
 * budget, and the unique (aggregate, sequence) key refused the second append whole. Sent again, the
 * command loads the budget with the winner's event and is decided anew, so its rules are checked
 * against what is now recorded; nothing of the lost attempt was written. In one process Axon's
 * per-aggregate lock already serialises writers, so this happens across processes only.
 *
 * <p>Nothing else is retried: a rule violation or a refused append would only fail again.
 */
public final class ConcurrencyRetry implements RetryScheduler {

  /**
   * Several nodes writing one budget collide often under load (each retry loads the budget anew):
   * with 8 retries of 1–8 ms, one write in 380 of six writers on one budget through two nodes still
   * lost every race (bench-writes, load average 25).
   */
  static final int MAX_RETRIES = 16;

  private final Runnable onRetry;

  public ConcurrencyRetry() {
    this(() -> {});
  }

  /** With {@code onRetry} told of every retry (the metrics). */
  public ConcurrencyRetry(Runnable onRetry) {
    this.onRetry = onRetry;
  }

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "ledger-command-retry");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public boolean scheduleRetry(
      CommandMessage commandMessage,
      RuntimeException lastFailure,
      List<Class<? extends Throwable>[]> failures,
      Runnable commandDispatch) {
    if (!lostRace(lastFailure) || failures.size() > MAX_RETRIES) {
      return false;
    }
    onRetry.run();
    // Longer each time, and apart by chance, so that writers that keep colliding spread out.
    int attempt = failures.size();
    long delay = 2L * attempt + ThreadLocalRandom.current().nextLong(2L * attempt + 1);
    executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
    return true;
  }

  static boolean lostRace(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AggregateStreamCreationException) {
        return false;
      }
      if (t instanceof ConcurrencyException) {
        return true;
      }
    }
    return false;
  }
}
