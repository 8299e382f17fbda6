package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * What the event store takes for a writer that lost the race for a budget's next place: the
 * duplicate key as PostgreSQL's driver reports it (SQLSTATE 23505, any depth of wrapping) and as H2
 * does; nothing else, so that a real failure is never retried as a race.
 */
class DuplicateKeyResolverTest {
  private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

  @Test
  void postgresUniqueViolationIsADuplicateKey() {
    PSQLException duplicate =
        new PSQLException(
            "duplicate key value violates unique constraint \"domain_event_entry_pkey\"",
            PSQLState.UNIQUE_VIOLATION);
    assertThat(resolver.isDuplicateKeyViolation(duplicate)).isTrue();
    assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append", duplicate)))
        .isTrue();
  }

  @Test
  void h2IntegrityViolationIsADuplicateKey() {
    assertThat(
            resolver.isDuplicateKeyViolation(
                new SQLIntegrityConstraintViolationException("unique index", "23505")))
        .isTrue();
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertThat(
            resolver.isDuplicateKeyViolation(
                new PSQLException("connection lost", PSQLState.CONNECTION_FAILURE)))
        .isFalse();
    assertThat(
            resolver.isDuplicateKeyViolation(
                new SQLException(
                    "value too long", PSQLState.STRING_DATA_RIGHT_TRUNCATION.getState())))
        .isFalse();
    assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("bug"))).isFalse();
  }
}
