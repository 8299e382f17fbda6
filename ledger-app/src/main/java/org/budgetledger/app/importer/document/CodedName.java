package org.budgetledger.app.importer.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A classification cell as printed, {@code 2080501-行政单位离退休}: code and name, de-broken. */
public record CodedName(String code, String name) {
  private static final Pattern CODED = Pattern.compile("^([0-9A-Za-z][0-9A-Za-z ]*)\\s*-\\s*(.+)$");

  static Optional<CodedName> parse(String cell) {
    Matcher m = CODED.matcher(cell == null ? "" : cell.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new CodedName(Texts.compact(m.group(1)), Texts.debreak(m.group(2))));
  }

  @Override
  public String toString() {
    return code + "-" + name;
  }
}
