package org.budgetledger.core.catalogue;

import java.util.regex.Pattern;

/** What a classification code's digits say: its level and its parent, and names compared fairly. */
public final class Codes {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

  private Codes() {}

  /**
   * The parent of a code in the 3 / 5 / 7 digit hierarchy (支出功能分类 类 款 项; the 部门经济分类 类 and 款, with
   * 7-digit local sub-codes under a 5-digit 款); empty for a 3-digit code.
   */
  public static String parent(String code) {
    return code.length() > 3 ? code.substring(0, code.length() - 2) : "";
  }

  /**
   * A name as printed, for comparison: no spaces (PDF extraction breaks names anywhere) and
   * half-width brackets made full-width (维修(护)费 and 维修（护）费 are one name).
   */
  public static String normalisedName(String name) {
    if (name == null) {
      return "";
    }
    return SPACES.matcher(name).replaceAll("").replace('(', '（').replace(')', '）');
  }
}
