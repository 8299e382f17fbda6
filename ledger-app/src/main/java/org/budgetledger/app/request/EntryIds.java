package org.budgetledger.app.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;

/**
 * Entry ids made by the application: derived from the client's request id when there is one (so a
 * retried request names the same entry), random otherwise.
 */
public final class EntryIds {
  private EntryIds() {}

  public static EntryId next(BudgetId budget, String requestId) {
    if (requestId == null) {
      return EntryId.of("e-" + UUID.randomUUID());
    }
    return EntryId.of("e-" + sha256(budget + "/" + requestId).substring(0, 24));
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
