package org.budgetledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Issue 13 item 6: a lost database connection answered a bare 500; it is a 503 problem+json that
 * says nothing was recorded, however the failure reaches the controller.
 */
class ProblemHandlerDatabaseTest {
  private final ProblemHandler handler = new ProblemHandler();

  @Test
  void aLostConnectionIsA503ProblemSayingNothingWasRecorded() {
    for (RuntimeException lost :
        new RuntimeException[] {
          new CannotGetJdbcConnectionException(
              "Failed to obtain JDBC Connection",
              new SQLTransientConnectionException("Connection refused")),
          new CannotCreateTransactionException("Could not open JDBC Connection")
        }) {
      ProblemDetail p = handler.database(lost);
      assertThat(p.getStatus()).isEqualTo(503);
      assertThat(p.getDetail()).contains("nothing was recorded: retry with the same request id");
    }
  }

  @Test
  void aCommandThatFailedOnTheDatabaseIsA503Too() {
    ProblemDetail p =
        handler.command(
            new CommandExecutionException(
                "append failed",
                new SQLTransientConnectionException("I/O error: Connection reset")));
    assertThat(p.getStatus()).isEqualTo(503);
    assertThat(p.getTitle()).isEqualTo("Database unavailable");
  }
}
