package org.budgetledger.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users of the embedded default, from configuration ({@code ledger.users[i].name}, {@code
 * .password}, {@code .role}). Passwords are stored only as bcrypt hashes.
 */
@ConfigurationProperties("ledger")
public record LedgerUsers(List<LedgerUser> users) {
  public LedgerUsers {
    users = users == null ? List.of() : List.copyOf(users);
  }
}
