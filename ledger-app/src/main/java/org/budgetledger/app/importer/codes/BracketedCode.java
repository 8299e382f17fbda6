package org.budgetledger.app.importer.codes;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A function code printed in brackets before its name, {@code [2060503]科技条件专项} (Guangzhou): the
 * code (类 3, 款 5 or 项 7 digits) and the name. A line break inside the cell may leave spaces
 * anywhere, in the digits too; half- and full-width brackets are one bracket.
 */
public record BracketedCode(String code, String name) {
  private static final Pattern PRINTED =
      Pattern.compile("^[\\[【［](?<code>\\d{3}(?:\\d{2}){0,2})[\\]】］](?<name>.*)$");

  /** The code and name of a cell printed as {@code [code]name}; empty for any other text. */
  public static Optional<BracketedCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var m = PRINTED.matcher(text.replaceAll("[\\s\\u3000]+", ""));
    if (!m.matches() || m.group("name").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BracketedCode(m.group("code"), m.group("name")));
  }
}
