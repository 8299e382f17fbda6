package org.budgetledger.app.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;

/** Reads request fields into domain values; a failure names the field's path. */
public final class Fields {
  private Fields() {}

  public static <T> T read(String field, String text, Function<String, T> parser) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException(field, "is required");
    }
    try {
      return parser.apply(text.strip());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidRequestException(field, e.getMessage());
    }
  }

  public static <T> T optional(String field, String text, Function<String, T> parser) {
    return text == null || text.isBlank() ? null : read(field, text, parser);
  }

  /** An amount in 万元 as printed in the tables (up to 6 decimals: exact fen). */
  public static Fen wan(String field, String text) {
    return read(field, text, Fen::parseWan);
  }

  /**
   * An amount typed in {@code unit}: exact fen, refused (naming the field) when finer than 1 分 of
   * it (more than 2 decimals of 元, 6 of 万元).
   */
  public static Fen amount(String field, String text, MoneyUnit unit) {
    return read(field, text, unit::parse);
  }

  /** The unit a request names for its amounts (元, 万元), else {@code otherwise}. */
  public static MoneyUnit unitOr(String field, String text, MoneyUnit otherwise) {
    return text == null || text.isBlank() ? otherwise : read(field, text, MoneyUnit::named);
  }

  public static LocalDate date(String field, String text) {
    return read(field, text, LocalDate::parse);
  }

  public static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
    return read(
        field,
        text,
        t -> {
          try {
            return Enum.valueOf(type, t.toUpperCase().replace('-', '_'));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "'" + t + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
          }
        });
  }
}
