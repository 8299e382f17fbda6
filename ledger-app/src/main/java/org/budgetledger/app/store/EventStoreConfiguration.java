package org.budgetledger.app.store;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.trail.EventHashWriter;
import org.budgetledger.app.audit.trail.TreeHeadWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's JDBC event store on the app's DataSource (H2 or PostgreSQL), declared here because Axon's
 * JDBC auto-configuration does not run on Spring Boot 4. Payloads are JSON text, not large objects,
 * and snapshots are never deleted: the tables are append-only in the database.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

  @Bean
  public EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .timestampColumn("time_stamp")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  @Bean
  public TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable("token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("time_stamp")
        .setOwnerColumn("owner")
        .build();
  }

  @Bean
  public ConnectionProvider connectionProvider(DataSource dataSource) {
    return new UnitOfWorkAwareConnectionProviderWrapper(
        new SpringDataSourceConnectionProvider(dataSource));
  }

  @Bean
  public TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
    return new SpringTransactionManager(transactions);
  }

  @Bean
  public PersistenceExceptionResolver persistenceExceptionResolver() {
    return new DuplicateKeyResolver();
  }

  /** The engine that writes each event's audit hash, and a signed tree head, with it, always. */
  @Bean
  public EventStorageEngine eventStorageEngine(
      EventStorageEngines engines, EventSchema schema, TreeHeadWriter heads) {
    return engines.build(new EventHashWriter(schema.domainEventTable(), heads));
  }

  @Bean
  public TreeHeadWriter treeHeadWriter(EventSchema schema, LedgerKeys keys, Clock clock) {
    return new TreeHeadWriter(schema.domainEventTable(), keys, clock);
  }

  /**
   * The event bus and store. Processors poll the store when idle; Axon's default of once a second
   * made every command's caller wait up to a second to read its own write.
   */
  @Bean(name = "eventBus")
  @Qualifier("eventStore")
  public NotifiedEventStore eventStore(
      EventStorageEngine storageEngine, Configuration configuration) {
    return new NotifiedEventStore(
        EmbeddedEventStore.builder()
            .storageEngine(storageEngine)
            .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
            .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
            .fetchDelay(100));
  }

  /**
   * The processors' positions and claims. A claim not extended within {@code
   * ledger.processors.claim-timeout} (default 5 s; Axon's is 10) is taken by another node: a live
   * node extends its claims every half second ({@code ProcessorConfiguration}), so a killed node's
   * segments move within the timeout plus one claim interval (200 ms).
   */
  @Bean
  public TokenStore tokenStore(
      ConnectionProvider connectionProvider,
      Serializer serializer,
      TokenSchema schema,
      @Value("${ledger.processors.claim-timeout:PT5S}") Duration claimTimeout) {
    return JdbcTokenStore.builder()
        .connectionProvider(connectionProvider)
        .claimTimeout(claimTimeout)
        .serializer(serializer)
        .schema(schema)
        .contentType(String.class)
        .build();
  }
}
