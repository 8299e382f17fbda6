package org.budgetledger.app.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.budgetledger.app.audit.trail.AppendedHashes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Builds the JDBC storage engine as the application configures it, around the hash rows it writes
 * with every append: the application's engine ({@link EventStoreConfiguration}) writes the audit
 * chain's; the append benchmark builds its own baseline engine without them.
 */
@Component
public class EventStorageEngines {
  private final Serializer serializer;
  private final Serializer eventSerializer;
  private final Configuration configuration;
  private final ConnectionProvider connectionProvider;
  private final TransactionManager transactionManager;
  private final EventSchema schema;
  private final PersistenceExceptionResolver exceptionResolver;

  public EventStorageEngines(
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema schema,
      PersistenceExceptionResolver exceptionResolver) {
    this.serializer = serializer;
    this.eventSerializer = eventSerializer;
    this.configuration = configuration;
    this.connectionProvider = connectionProvider;
    this.transactionManager = transactionManager;
    this.schema = schema;
    this.exceptionResolver = exceptionResolver;
  }

  public HashingEventStorageEngine build(AppendedHashes hashes) {
    JdbcEventStorageEngine.Builder builder =
        JdbcEventStorageEngine.builder()
            .snapshotSerializer(serializer)
            .eventSerializer(
                eventSerializer instanceof Jackson3Serializer jackson
                    ? new DirectJsonSerializer(jackson)
                    : eventSerializer)
            .upcasterChain(configuration.upcasterChain())
            .snapshotFilter(configuration.snapshotFilter())
            .persistenceExceptionResolver(exceptionResolver)
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(schema)
            .dataType(String.class)
            // Axon runs this statement after storing a snapshot; this one changes nothing and needs
            // only the INSERT and SELECT privileges the production app role has (no DELETE).
            .deleteSnapshots(
                (connection, s, aggregate, sequence) ->
                    connection.prepareStatement(
                        "INSERT INTO "
                            + s.snapshotTable()
                            + " SELECT * FROM "
                            + s.snapshotTable()
                            + " WHERE 1 = 0"))
            .batchSize(500);
    return new HashingEventStorageEngine(builder, transactionManager, hashes);
  }
}
