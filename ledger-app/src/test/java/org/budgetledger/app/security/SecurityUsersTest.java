package org.budgetledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Users come from configuration with hashed passwords only. */
class SecurityUsersTest {
  @Test
  void refusesAPlainTextPassword() {
    LedgerUsers config =
        new LedgerUsers(List.of(new LedgerUser("luru", "{noop}secret", LedgerRole.ENTRY)));
    assertThatThrownBy(() -> ConfiguredUsers.of(config))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ledger.users[0].password must be a bcrypt hash");
  }

  @Test
  void refusesAnEmptyUserList() {
    assertThatThrownBy(() -> ConfiguredUsers.of(new LedgerUsers(null)))
        .hasMessageContaining("no users configured");
  }

  @Test
  void bcryptUserGetsItsRole() {
    String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("pw");
    var users =
        ConfiguredUsers.of(
            new LedgerUsers(List.of(new LedgerUser("shenji", hash, LedgerRole.AUDITOR))));
    assertThat(hash).startsWith("{bcrypt}");
    assertThat(users.loadUserByUsername("shenji").getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_AUDITOR");
  }
}
