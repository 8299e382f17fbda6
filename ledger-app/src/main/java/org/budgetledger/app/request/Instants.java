package org.budgetledger.app.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads an instant as ISO with offset ({@code 2026-07-01T00:00:00+08:00}), or a date (start of day,
 * Beijing).
 */
public final class Instants {
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private Instants() {}

  public static Instant parse(String text) {
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay(BEIJING).toInstant();
    }
    if (text.endsWith("Z")) {
      return Instant.parse(text);
    }
    return OffsetDateTime.parse(text).toInstant();
  }
}
