package org.budgetledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 13 item 8: 60 wrong passwords and then the right one let a guesser in; the demo passwords
 * started a server on PostgreSQL without a word. Issue 14: the count is shared by the nodes.
 */
class SignInGuardsTest {
  static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  static final String LURU_DEMO =
      "{bcrypt}$2a$10$9f1EnN/hknEbzndZh64TpO0uFQ2A99Qdgzky7i6ay0BMzo2eH.Vi2";

  static ProviderManager signIn(SignInThrottle throttle) {
    LedgerUsers config =
        new LedgerUsers(List.of(new LedgerUser("luru", ENCODER.encode("right"), LedgerRole.ENTRY)));
    DaoAuthenticationProvider provider =
        new DaoAuthenticationProvider(new ThrottledUsers(ConfiguredUsers.of(config), throttle));
    provider.setPasswordEncoder(ENCODER);
    ProviderManager manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(
        new AuthenticationEventPublisher() {
          @Override
          public void publishAuthenticationSuccess(Authentication a) {
            throttle.succeeded(new AuthenticationSuccessEvent(a));
          }

          @Override
          public void publishAuthenticationFailure(AuthenticationException e, Authentication a) {
            if (e instanceof BadCredentialsException b) {
              throttle.failed(new AuthenticationFailureBadCredentialsEvent(a, b));
            }
          }
        });
    return manager;
  }

  static UsernamePasswordAuthenticationToken login(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("luru", password);
  }

  /** A database of its own with the shared sign-in table, as Flyway makes it. */
  static JdbcTemplate database() {
    DriverManagerDataSource data =
        new DriverManagerDataSource(
            "jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new ResourceDatabasePopulator(
            new ClassPathResource("db/migration/common/V14_20__cluster_shared_failures.sql"))
        .execute(data);
    return new JdbcTemplate(data);
  }

  static SignInThrottle throttle(JdbcTemplate jdbc, Clock clock) {
    return new SignInThrottle(jdbc, "luru"::equals, clock);
  }

  @Test
  void aNameLockedThroughOneNodeIsLockedOnTheOthers() {
    // Issue 14: the count was kept per node, so a guesser spreading his tries over three nodes
    // had fifteen before any lock, and a name locked on one node signed in on the next.
    JdbcTemplate shared = database();
    ProviderManager one = signIn(throttle(shared, Clock.systemUTC()));
    ProviderManager other = signIn(throttle(shared, Clock.systemUTC()));
    for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
      ProviderManager node = i % 2 == 0 ? one : other;
      assertThatThrownBy(() -> node.authenticate(login("wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> one.authenticate(login("right"))).isInstanceOf(LockedException.class);
    assertThatThrownBy(() -> other.authenticate(login("right")))
        .isInstanceOf(LockedException.class);
    assertThat(
            shared.queryForObject(
                "SELECT failures FROM sign_in_failure WHERE user_name = 'luru'", Integer.class))
        .isEqualTo(SignInThrottle.MAX_FAILURES);
  }

  @Test
  void namesThatAreNoUserAreNotCounted() {
    JdbcTemplate shared = database();
    ProviderManager manager = signIn(throttle(shared, Clock.systemUTC()));
    for (int i = 0; i < 20; i++) {
      String guessed = "guess" + i;
      assertThatThrownBy(
              () ->
                  manager.authenticate(
                      UsernamePasswordAuthenticationToken.unauthenticated(guessed, "x")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(shared.queryForObject("SELECT COUNT(*) FROM sign_in_failure", Integer.class))
        .isZero();
  }

  @Test
  void fiveWrongPasswordsLockTheNameEvenAgainstTheRightOneUntilTheLockRunsOut() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-06T01:00:00Z"));
    SignInThrottle throttle = throttle(database(), clock);
    ProviderManager manager = signIn(throttle);
    for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
      assertThatThrownBy(() -> manager.authenticate(login("wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> manager.authenticate(login("right")))
        .isInstanceOf(LockedException.class);
    clock.now = clock.now.plus(SignInThrottle.LOCK).plusSeconds(1);
    assertThat(manager.authenticate(login("right")).isAuthenticated()).isTrue();
  }

  @Test
  void aSuccessClearsTheCount() {
    SignInThrottle throttle = throttle(database(), Clock.systemUTC());
    ProviderManager manager = signIn(throttle);
    for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
      assertThatThrownBy(() -> manager.authenticate(login("wrong")));
    }
    manager.authenticate(login("right"));
    assertThatThrownBy(() -> manager.authenticate(login("wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(manager.authenticate(login("right")).isAuthenticated()).isTrue();
  }

  @Test
  void demoPasswordsOnPostgresqlRefuseToStartUnlessAllowed() {
    LedgerUsers demo =
        new LedgerUsers(List.of(new LedgerUser("luru", LURU_DEMO, LedgerRole.ENTRY)));
    MockEnvironment environment = new MockEnvironment();
    DemoPasswordGuard guard = new DemoPasswordGuard(demo, ENCODER, environment);
    assertThatThrownBy(() -> guard.check("jdbc:postgresql://db:5432/ledger"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("user 'luru' has the README's demo password")
        .hasMessageContaining(DemoPasswordGuard.SWITCH);
    guard.check("jdbc:h2:file:./data/ledger");
    environment.setProperty(DemoPasswordGuard.SWITCH, "true");
    guard.check("jdbc:postgresql://db:5432/ledger");
    LedgerUsers real =
        new LedgerUsers(
            List.of(new LedgerUser("luru", ENCODER.encode("a real one"), LedgerRole.ENTRY)));
    new DemoPasswordGuard(real, ENCODER, new MockEnvironment())
        .check("jdbc:postgresql://db:5432/ledger");
  }

  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
