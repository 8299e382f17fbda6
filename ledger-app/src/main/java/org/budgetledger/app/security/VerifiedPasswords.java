package org.budgetledger.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched its bcrypt hash, so that REST, which signs in
 * with HTTP Basic on every request, pays bcrypt once per client and not once per request: measured,
 * bcrypt (cost 10) was nearly all the CPU time of a write, and most of its latency on a loaded
 * machine (README, Performance). Only matches are remembered, so a wrong password always costs a
 * full bcrypt; the key is an HMAC, with a key of this process, of the stored hash and the password,
 * and never the password itself.
 */
final class VerifiedPasswords implements PasswordEncoder {

  private static final Duration REMEMBERED = Duration.ofMinutes(5);
  private static final int MAX_REMEMBERED = 10_000;

  private final PasswordEncoder delegate;
  private final SecretKeySpec key;
  // One Mac a thread, made once: looking the algorithm up among the providers on every request
  // was most of the fingerprint's cost.
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
  private final Map<String, Long> matchedUntil = new ConcurrentHashMap<>();

  VerifiedPasswords(PasswordEncoder delegate) {
    this.delegate = delegate;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null) {
      return delegate.matches(rawPassword, encodedPassword);
    }
    String remembered = fingerprint(rawPassword, encodedPassword);
    Long until = matchedUntil.get(remembered);
    long now = System.nanoTime();
    if (until != null && now - until < 0) {
      return true;
    }
    boolean matches = delegate.matches(rawPassword, encodedPassword);
    if (matches) {
      if (matchedUntil.size() >= MAX_REMEMBERED) {
        matchedUntil.clear();
      }
      matchedUntil.put(remembered, now + REMEMBERED.toNanos());
    }
    return matches;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  private String fingerprint(CharSequence rawPassword, String encodedPassword) {
    // doFinal leaves the Mac reset, ready for the thread's next request.
    Mac mac = macs.get();
    mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
