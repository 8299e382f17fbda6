package org.budgetledger.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.budgetledger.app.request.Instants;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.projections.entries.PointInTime;

/**
 * A point in time as the pickers give it: 截至 (recorded as of; the browser's datetime-local, read as
 * Beijing time, or an ISO instant) and 生效日期 (effective date). Blank means latest.
 */
public record Point(String asOfText, String effectiveText, PointInTime at) {
  // Seconds kept: a link to a point between two entries recorded in the same minute opens it.
  private static final DateTimeFormatter PICKER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public static Point parse(
      String asOfField, String asOf, String effectiveField, String effective) {
    Instant instant = blank(asOf) ? null : instant(asOfField, asOf.strip());
    LocalDate date = null;
    if (!blank(effective)) {
      try {
        date = LocalDate.parse(effective.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidRequestException(effectiveField, "'" + effective + "' is not a date");
      }
    }
    return new Point(
        instant == null ? "" : picker(instant),
        date == null ? "" : date.toString(),
        new PointInTime(instant, date));
  }

  /** A point given as a {@link PointInTime}, as the pickers would show it. */
  public static Point of(PointInTime at) {
    return new Point(
        at.asOf() == null ? "" : picker(at.asOf()),
        at.effective() == null ? "" : at.effective().toString(),
        at);
  }

  /**
   * The picker shows whole seconds, but entries are recorded to the microsecond: when the user left
   * 截至 as the page showed it, the page's exact instant ({@code asOfExact}, a hidden field) is the
   * point, so an entry recorded within that second stays in.
   */
  public Point exactIf(String asOfExact) {
    if (blank(asOfExact) || at.asOf() == null) {
      return this;
    }
    try {
      Instant exact = Instants.parse(asOfExact.strip());
      return at.asOf().equals(exact.truncatedTo(ChronoUnit.SECONDS))
          ? new Point(asOfText, effectiveText, new PointInTime(exact, at.effective()))
          : this;
    } catch (DateTimeParseException e) {
      return this;
    }
  }

  public static Point latest() {
    return new Point("", "", PointInTime.LATEST);
  }

  /** The value a datetime-local input shows for an instant: seconds, Beijing time. */
  public static String picker(Instant instant) {
    return PICKER.format(instant.atZone(Instants.BEIJING));
  }

  /** An instant as the pages state it: {@code 2026-07-01 00:00:00}, Beijing time. */
  public static String shown(Instant instant) {
    return SHOWN.format(instant.atZone(Instants.BEIJING));
  }

  /** 截至 as the banner states it, Beijing time with seconds; null when latest. */
  public String asOfShown() {
    return at.asOf() == null ? null : shown(at.asOf());
  }

  /** 生效日期 as the banner states it; null when latest. */
  public String effectiveShown() {
    return at.effective() == null ? null : at.effective().toString();
  }

  public boolean isLatest() {
    return at.asOf() == null && at.effective() == null;
  }

  /** Query parameters that reproduce this point, e.g. {@code asOf=…&effective=…}. */
  public String query(String asOfName, String effectiveName) {
    StringBuilder q = new StringBuilder();
    if (at.asOf() != null) {
      q.append('&').append(asOfName).append('=').append(at.asOf());
    }
    if (at.effective() != null) {
      q.append('&').append(effectiveName).append('=').append(at.effective());
    }
    return q.toString();
  }

  private static Instant instant(String field, String text) {
    try {
      return text.length() == 16 || text.length() == 19
          ? LocalDateTime.parse(text).atZone(Instants.BEIJING).toInstant()
          : Instants.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(field, "'" + text + "' is not a date and time");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
