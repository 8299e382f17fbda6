package org.budgetledger.core.budget;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Balances over effective time: per key (a line or an income source), the changes by effective
 * date. A backdated change is checked against every later date, not just today's balance.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
final class DatedBalances {
  private Map<String, TreeMap<LocalDate, Long>> changes = new HashMap<>();

  /** The first date at or after {@code date} at which {@code key} would be negative. */
  Optional<Breach> firstBreach(String key, LocalDate date, long delta) {
    if (delta >= 0) {
      return Optional.empty();
    }
    TreeMap<LocalDate, Long> timeline = changes.getOrDefault(key, new TreeMap<>());
    long running = delta;
    for (long before : timeline.headMap(date, true).values()) {
      running += before;
    }
    if (running < 0) {
      return Optional.of(new Breach(date, running));
    }
    for (Map.Entry<LocalDate, Long> later : timeline.tailMap(date, false).entrySet()) {
      running += later.getValue();
      if (running < 0) {
        return Optional.of(new Breach(later.getKey(), running));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code key} has been recorded at all (a line an earlier entry opened). */
  boolean holds(String key) {
    return changes.containsKey(key);
  }

  void add(String key, LocalDate date, long delta) {
    changes.computeIfAbsent(key, k -> new TreeMap<>()).merge(date, delta, Math::addExact);
  }

  /** A key would fall to {@code balanceFen} on {@code date}. */
  record Breach(LocalDate date, long balanceFen) {}
}
