package org.budgetledger.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Turns {@code ledger.users} into Spring Security users, refusing anything but bcrypt hashes. */
final class ConfiguredUsers {
  private static final String BCRYPT = "{bcrypt}";

  private ConfiguredUsers() {}

  static InMemoryUserDetailsManager of(LedgerUsers config) {
    List<UserDetails> users = new ArrayList<>();
    for (int i = 0; i < config.users().size(); i++) {
      LedgerUser u = config.users().get(i);
      String at = "ledger.users[" + i + "]";
      if (u.name() == null || u.name().isBlank()) {
        throw new IllegalStateException(at + ".name is required");
      }
      if (u.role() == null) {
        throw new IllegalStateException(at + ".role is required (ENTRY, AUDITOR or ADMIN)");
      }
      // A plain-text password in a configuration file would be readable by anyone with the file.
      if (u.password() == null || !u.password().startsWith(BCRYPT)) {
        throw new IllegalStateException(
            at
                + ".password must be a bcrypt hash written as "
                + "{bcrypt}$2a$…, never the password itself");
      }
      users.add(
          User.withUsername(u.name())
              .password(u.password())
              .authorities(u.role().authority())
              .build());
    }
    if (users.isEmpty()) {
      throw new IllegalStateException(
          "no users configured under ledger.users: nobody could sign in");
    }
    return new InMemoryUserDetailsManager(users);
  }
}
