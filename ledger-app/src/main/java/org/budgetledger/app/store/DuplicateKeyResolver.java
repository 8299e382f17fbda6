package org.budgetledger.app.store;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells the event store that an append broke a unique key: another writer took the budget's next
 * sequence number first, and the command is retried on the fresh state ({@code
 * command.ConcurrencyRetry}). Axon's own resolver knows only {@link
 * SQLIntegrityConstraintViolationException}, which H2 throws and PostgreSQL's driver never does
 * (its {@code PSQLException} carries SQLSTATE 23505): on PostgreSQL a writer that lost the race on
 * another node answered 500 ("already inserted") instead of being retried.
 */
public final class DuplicateKeyResolver implements PersistenceExceptionResolver {
  /** SQLSTATE unique_violation, the same on PostgreSQL and H2. */
  static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
