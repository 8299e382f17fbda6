package org.budgetledger.app.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.app.readmodel.ProcessorFailures;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A pooled processor stores its position after events it has no handler for only when it extends
 * its claim (Axon's default: every 5 s). Each read model ignores the other's events, so a node
 * waiting on the stored token for another node's processor waited up to 5 s; half a second keeps
 * that short (this node reads its own processors' positions from memory, see {@code
 * ProjectionFreshness}). The processors stream the store through {@link CommitNotifyingSource},
 * which tells them of this process's commits instead of letting them poll every 500 ms.
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

  @Bean
  public ConfigurerModule projectionProcessors(ProcessorFailures failures) {
    return configurer -> {
      for (String name :
          new String[] {
            LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP
          }) {
        configurer
            .eventProcessing()
            .registerPooledStreamingEventProcessorConfiguration(
                name,
                (config, builder) ->
                    builder
                        .claimExtensionThreshold(CLAIM_EXTENSION_MILLIS)
                        .messageSource(source(config.eventStore())));
        // A read model that cannot apply an event keeps retrying it, and says so everywhere.
        configurer.eventProcessing().registerErrorHandler(name, config -> failures.handler());
      }
    };
  }
}
