package org.budgetledger.app.security;

import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A server on PostgreSQL is a real installation: it refuses to start while any user still has one
 * of the README's demo passwords, unless {@code ledger.security.allow-demo-passwords=true} says
 * that is intended (a trial on a scratch database). The embedded H2 default keeps them.
 */
final class DemoPasswordGuard {
  static final String SWITCH = "ledger.security.allow-demo-passwords";
  private static final List<String> DEMO =
      List.of("luru-demo-2026", "shenji-demo-2026", "admin-demo-2026");
  private final LedgerUsers users;
  private final PasswordEncoder encoder;
  private final Environment environment;

  DemoPasswordGuard(LedgerUsers users, PasswordEncoder encoder, Environment environment) {
    this.users = users;
    this.encoder = encoder;
    this.environment = environment;
  }

  @EventListener
  void started(ApplicationStartedEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext) {
      check(environment.getProperty("spring.datasource.url", ""));
    }
  }

  void check(String url) {
    if (!url.startsWith("jdbc:postgresql:")
        || environment.getProperty(SWITCH, Boolean.class, false)) {
      return;
    }
    for (LedgerUser u : users.users()) {
      if (u.password() != null && DEMO.stream().anyMatch(d -> encoder.matches(d, u.password()))) {
        throw new IllegalStateException(
            "user '"
                + u.name()
                + "' has the README's demo password"
                + " on a PostgreSQL database: configure real bcrypt hashes under ledger.users (see"
                + " docs/production-postgresql.md), or start with --"
                + SWITCH
                + "=true for a trial");
      }
    }
  }
}
