package org.budgetledger.app.cluster;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Spreads each processor's segments over the live nodes. Axon's pooled processors claim every
 * segment they find unclaimed, so the first node to start holds them all; every two seconds each
 * node compares what it holds with its share (the segments over the live nodes, rounded up) and,
 * holding more, or two more than another live node, releases one for a few seconds, which a node
 * with fewer then claims. Live nodes are this ledger's sessions in {@code pg_stat_activity} ({@link
 * LiveNodes}). A dead node needs nothing from here: its claims expire (the token store's claim
 * timeout) and the others take them.
 */
@Component
public class SegmentBalancer implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);
  private static final long PERIOD_MILLIS = 2000;
  private static final long RELEASE_MILLIS = 5000;

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final LiveNodes liveNodes;
  private final EventProcessingConfiguration processing;
  private final boolean cli;
  private ScheduledExecutorService schedule;

  public SegmentBalancer(
      DataSource dataSource,
      JdbcTemplate jdbc,
      EventProcessingConfiguration processing,
      @Value("${ledger.cli:false}") boolean cli) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.liveNodes = new LiveNodes(jdbc);
    this.processing = processing;
    this.cli = cli;
  }

  @Override
  public void start() {
    if (cli || !onPostgres()) {
      return;
    }
    schedule =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "ledger-segment-balancer");
              thread.setDaemon(true);
              return thread;
            });
    schedule.scheduleWithFixedDelay(
        this::balanceQuietly, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  private boolean onPostgres() {
    try (Connection c = dataSource.getConnection()) {
      return c.isWrapperFor(PGConnection.class);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  private void balanceQuietly() {
    try {
      Set<String> live = liveNodes.find();
      processing
          .eventProcessors()
          .forEach(
              (name, p) -> {
                if (p instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                  balance(name, streaming, live);
                }
              });
    } catch (RuntimeException e) {
      LOG.debug("segment balancing skipped: {}", e.getMessage());
    }
  }

  private void balance(String name, StreamingEventProcessor processor, Set<String> live) {
    List<String> owners =
        jdbc.queryForList(
            "SELECT owner FROM token_entry WHERE processor_name = ?", String.class, name);
    Set<Integer> mine = processor.processingStatus().keySet();
    int share = (owners.size() + live.size() - 1) / live.size();
    Map<String, Integer> held = new HashMap<>();
    live.forEach(node -> held.put(node, 0));
    owners.stream().filter(held::containsKey).forEach(o -> held.merge(o, 1, Integer::sum));
    int fewest = held.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    if (mine.size() > share || (mine.size() >= 2 && fewest <= mine.size() - 2)) {
      int segment = mine.stream().mapToInt(Integer::intValue).max().getAsInt();
      LOG.info(
          "{}: releasing segment {} ({} held here, {} live nodes, {} segments)",
          name,
          segment,
          mine.size(),
          live.size(),
          owners.size());
      processor.releaseSegment(segment, RELEASE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void stop() {
    if (schedule != null) {
      schedule.shutdownNow();
      schedule = null;
    }
  }

  @Override
  public boolean isRunning() {
    return schedule != null;
  }
}
