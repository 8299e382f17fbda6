package org.budgetledger.app.importer.layout;

import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.core.model.Fen;

/**
 * The 金额单位 of a table, read from its label ({@code 单位：元}, {@code 单位:万元}, {@code 金额单位：万元}, {@code
 * 预算数（单位：万元）}, {@code 单位：人民币元}) and used to turn a printed amount into exact fen.
 */
public enum AmountUnit {
  YUAN("元"),
  WAN_YUAN("万元");

  // spaces (单位 ：万 元) and a currency word (单位：人民币元) change nothing; the unit word ends the
  // label, so 千元 is no match and neither is a name after 编制单位： (元谋县…)
  private static final Pattern LABEL =
      Pattern.compile("单位\\s*[：:]\\s*(?:人民币\\s*)?(万\\s*元|元)(?=$|[\\s）)，,；;])");

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
    return Optional.of(m.group(1).startsWith("万") ? WAN_YUAN : YUAN);
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
