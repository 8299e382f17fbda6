package org.budgetledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Failed sign-ins per user name: after {@value #MAX_FAILURES} wrong passwords in a row the name is
 * locked for {@link #LOCK} (even the right password is refused then), so passwords cannot be
 * guessed at the speed of the server. The count is kept in the database ({@code sign_in_failure}),
 * so a guesser spreading his tries over the nodes of a cluster meets one count, and a name locked
 * on one node is locked on all. Only configured users are counted: a name that is no user cannot
 * sign in anyway, and guessed names would otherwise fill the table. Every failure is logged with
 * the name and the count; a successful sign-in clears the count.
 */
public class SignInThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  private final JdbcTemplate jdbc;
  private final Predicate<String> configured;
  private final Clock clock;
  // Names this node found counted: only they need a DELETE at their next success, so a sign-in
  // with no failures behind it costs one read and no write.
  private final Set<String> counted = ConcurrentHashMap.newKeySet();

  SignInThrottle(JdbcTemplate jdbc, Predicate<String> configured, Clock clock) {
    this.jdbc = jdbc;
    this.configured = configured;
    this.clock = clock;
  }

  /** True while {@code user} has failed too often, on any node, and the lock has not run out. */
  boolean locked(String user) {
    List<long[]> rows =
        jdbc.query(
            "SELECT failures, last_failed FROM sign_in_failure WHERE user_name = ?",
            (rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)},
            user);
    if (rows.isEmpty()) {
      counted.remove(user);
      return false;
    }
    counted.add(user);
    long[] row = rows.get(0);
    if (clock.millis() > row[1] + LOCK.toMillis()) {
      // The lock (or an old run of failures) has run out: the next failure counts from one.
      jdbc.update(
          "DELETE FROM sign_in_failure WHERE user_name = ? AND last_failed = ?", user, row[1]);
      counted.remove(user);
      return false;
    }
    return row[0] >= MAX_FAILURES;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String user = String.valueOf(event.getAuthentication().getName());
    if (!configured.test(user)) {
      LOG.warn("Sign-in failed for '{}', which is no user", user);
      return;
    }
    int count = count(user, clock.millis());
    counted.add(user);
    if (count >= MAX_FAILURES) {
      LOG.warn(
          "Sign-in failed for '{}' ({} in a row): locked for {} minutes",
          user,
          count,
          LOCK.toMinutes());
    } else {
      LOG.warn("Sign-in failed for '{}' ({} in a row)", user, count);
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    String user = event.getAuthentication().getName();
    if (counted.remove(user)) {
      jdbc.update("DELETE FROM sign_in_failure WHERE user_name = ?", user);
    }
  }

  /** Adds one failure to the name's count, in one statement per node; returns the new count. */
  private int count(String user, long now) {
    String add =
        "UPDATE sign_in_failure SET failures = CASE WHEN last_failed < ? THEN 1 ELSE failures + 1"
            + " END, last_failed = ? WHERE user_name = ?";
    long stale = now - LOCK.toMillis();
    if (jdbc.update(add, stale, now, user) == 0) {
      try {
        jdbc.update(
            "INSERT INTO sign_in_failure (user_name, failures, last_failed) VALUES (?, 1, ?)",
            user,
            now);
      } catch (DuplicateKeyException anotherNode) {
        jdbc.update(add, stale, now, user);
      }
    }
    Integer count =
        jdbc.queryForObject(
            "SELECT failures FROM sign_in_failure WHERE user_name = ?", Integer.class, user);
    return count == null ? 0 : count;
  }
}
