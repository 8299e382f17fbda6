package org.budgetledger.app.config;

import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.app.readmodel.ProcessorFailures;
import org.budgetledger.app.store.NotifiedEventStore;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' processors, pooled, each split into segments ({@code
 * axon.eventhandling.processors.*.initial-segment-count}, 2 by default) that the nodes on one
 * database claim in the token store. A node claims every segment it finds unclaimed, up to {@code
 * ledger.processors.max-segments-per-node} (0: no limit): with N nodes and S segments, a limit of
 * S/(N-1) rounded up spreads the segments over the nodes and still lets the survivors of one dead
 * node take all of its segments. A dead node's claims expire after the token store's claim timeout
 * ({@code EventStoreConfiguration}), and a node looks for unclaimed segments every 200 ms ({@code
 * token-claim-interval}).
 *
 * <p>A pooled processor stores its position after events it has no handler for only when it extends
 * its claim (Axon's default: every 5 s); half a second keeps the stored positions close (a write
 * waits only on the segments that handle its events, which store their position with each batch,
 * see {@code ProjectionFreshness}). The processors stream the store through {@link
 * CommitNotifyingSource}, which tells them of this process's commits instead of letting them poll
 * every 500 ms.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessorConfiguration {
  private static final long CLAIM_EXTENSION_MILLIS = 500;

  private CommitNotifyingSource source;

  /** One source for both processors: one subscription to the store, one notifier thread. */
  private synchronized CommitNotifyingSource source(EventStore store) {
    if (source == null) {
      source = new CommitNotifyingSource(store);
    }
    return source;
  }

  /** Other nodes' appends wake this node's processors as this node's own commits do. */
  @Bean
  AppendNotifications appendNotifications(DataSource dataSource, NotifiedEventStore store) {
    return new AppendNotifications(
        dataSource,
        () -> {
          store.appendedElsewhere();
          source(store).committed();
        });
  }

  @Bean
  public ConfigurerModule projectionProcessors(
      ProcessorFailures failures,
      @Value("${ledger.processors.max-segments-per-node:0}") int maxSegmentsPerNode) {
    return configurer -> {
      for (String name :
          new String[] {
            LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP
          }) {
        configurer
            .eventProcessing()
            .registerPooledStreamingEventProcessorConfiguration(
                name,
                (config, builder) -> {
                  builder
                      .claimExtensionThreshold(CLAIM_EXTENSION_MILLIS)
                      .messageSource(source(config.eventStore()));
                  if (maxSegmentsPerNode > 0) {
                    builder.maxClaimedSegments(maxSegmentsPerNode);
                  }
                  return builder;
                });
        // A read model that cannot apply an event keeps retrying it, and says so everywhere.
        configurer.eventProcessing().registerErrorHandler(name, config -> failures.handler());
      }
    };
  }
}
