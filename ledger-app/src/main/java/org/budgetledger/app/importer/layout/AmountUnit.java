package org.budgetledger.app.importer.layout;

import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.core.model.Fen;

/**
 * The 金额单位 of a table, read from its label ({@code 单位：元}, {@code 单位:万元}, {@code 金额单位：万元}, {@code
 * 预算数（单位：万元）}) and used to turn a printed amount into exact fen.
 */
public enum AmountUnit {
  YUAN("元"),
  WAN_YUAN("万元");

  private static final Pattern LABEL = Pattern.compile("单位[：:]\\s*(万元|元)");

  private final String chinese;

  AmountUnit(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** The unit a line names, e.g. {@code 部门名称：杭州市公安局 单位：万元}; empty when none. */
  public static Optional<AmountUnit> inLabel(String line) {
    var m = LABEL.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).equals("元") ? YUAN : WAN_YUAN);
  }

  /** The printed amount as exact fen; the domain's InvalidAmountException when unreadable. */
  public Fen parse(String printed) {
    return this == YUAN ? Fen.parseYuan(printed) : Fen.parseWan(printed);
  }

  /** Reads a profile's word for the unit: 元 or 万元. */
  static AmountUnit ofChinese(String word) {
    for (AmountUnit unit : values()) {
      if (unit.chinese.equals(word)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("unit '" + word + "' is neither 元 nor 万元");
  }
}
