package org.budgetledger.app.importer.layout;

import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.core.model.MoneyUnit;

/**
 * Reads the 金额单位 a table prints ({@code 单位：元}, {@code 单位:万元}, {@code 金额单位：万元}, {@code 预算数（单位：万元）},
 * {@code 单位：人民币元}); the unit itself, and turning an amount in it into fen, is the domain's {@link
 * MoneyUnit}.
 */
public final class UnitLabel {
  // spaces (单位 ：万 元) and a currency word (单位：人民币元) change nothing; the unit word ends the
  // label, so 千元 is no match and neither is a name after 编制单位： (元谋县…)
  private static final Pattern LABEL =
      Pattern.compile("单位\\s*[：:]\\s*(?:人民币\\s*)?(万\\s*元|元)(?=$|[\\s）)，,；;])");

  private UnitLabel() {}

  /** The unit a line names, e.g. {@code 部门名称：杭州市公安局 单位：万元}; empty when none. */
  public static Optional<MoneyUnit> inLabel(String line) {
    var m = LABEL.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).startsWith("万") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN);
  }
}
