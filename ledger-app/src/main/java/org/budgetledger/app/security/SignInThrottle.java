package org.budgetledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Failed sign-ins per user name: after {@value #MAX_FAILURES} wrong passwords in a row the name is
 * locked for {@link #LOCK} (even the right password is refused then), so passwords cannot be
 * guessed at the speed of the server. Every failure is logged with the name and the count; a
 * successful sign-in clears the count.
 */
public class SignInThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** True while {@code user} has failed too often and the lock has not run out. */
  boolean locked(String user) {
    Failures f = failures.get(user);
    if (f == null || f.count() < MAX_FAILURES) {
      return false;
    }
    if (clock.instant().isAfter(f.last().plus(LOCK))) {
      failures.remove(user, f);
      return false;
    }
    return true;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String user = String.valueOf(event.getAuthentication().getName());
    Failures f =
        failures.merge(
            user,
            new Failures(1, clock.instant()),
            (old, one) -> new Failures(old.count() + 1, one.last()));
    if (f.count() >= MAX_FAILURES) {
      LOG.warn(
          "Sign-in failed for '{}' ({} in a row): locked for {} minutes",
          user,
          f.count(),
          LOCK.toMinutes());
    } else {
      LOG.warn("Sign-in failed for '{}' ({} in a row)", user, f.count());
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    failures.remove(event.getAuthentication().getName());
  }
}
