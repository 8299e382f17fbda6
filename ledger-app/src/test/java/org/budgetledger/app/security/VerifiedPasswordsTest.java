package org.budgetledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

  /** Counts the expensive checks; "hash:" + password stands for a bcrypt hash. */
  private final AtomicInteger checks = new AtomicInteger();

  private final VerifiedPasswords passwords =
      new VerifiedPasswords(
          new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
              return "hash:" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
              checks.incrementAndGet();
              return encoded.equals("hash:" + raw);
            }
          });

  @Test
  void aMatchingPasswordIsCheckedOnceThenRemembered() {
    assertThat(passwords.matches("luru-demo-2026", "hash:luru-demo-2026")).isTrue();
    assertThat(passwords.matches("luru-demo-2026", "hash:luru-demo-2026")).isTrue();
    assertThat(passwords.matches("luru-demo-2026", "hash:luru-demo-2026")).isTrue();

    assertThat(checks).hasValue(1);
  }

  @Test
  void aWrongPasswordIsCheckedInFullEveryTime() {
    assertThat(passwords.matches("luru-demo-2026", "hash:luru-demo-2026")).isTrue();
    assertThat(passwords.matches("guess", "hash:luru-demo-2026")).isFalse();
    assertThat(passwords.matches("guess", "hash:luru-demo-2026")).isFalse();

    assertThat(checks).hasValue(3);
  }

  @Test
  void aRememberedPasswordDoesNotOpenAnotherAccount() {
    assertThat(passwords.matches("same", "hash:same")).isTrue();
    assertThat(passwords.matches("same", "hash:other")).isFalse();

    assertThat(checks).hasValue(2);
  }

  /** Each thread has its own HMAC: a password matched on one is remembered on every other. */
  @Test
  void aPasswordMatchedOnOneThreadIsRememberedOnAnother() throws Exception {
    assertThat(passwords.matches("luru-demo-2026", "hash:luru-demo-2026")).isTrue();
    AtomicInteger elsewhere = new AtomicInteger();
    Thread other =
        new Thread(
            () -> {
              if (passwords.matches("luru-demo-2026", "hash:luru-demo-2026")
                  && !passwords.matches("guess", "hash:luru-demo-2026")
                  && passwords.matches("luru-demo-2026", "hash:luru-demo-2026")) {
                elsewhere.incrementAndGet();
              }
            });
    other.start();
    other.join();

    assertThat(elsewhere).hasValue(1);
    assertThat(checks).hasValue(2);
  }
}
