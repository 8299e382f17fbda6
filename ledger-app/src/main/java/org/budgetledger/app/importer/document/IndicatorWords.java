package org.budgetledger.app.importer.document;

import java.util.Set;

/** The fixed words of performance tables, by which shifted rows are read by content. */
final class IndicatorWords {
  static final Set<String> LEVEL1 = Set.of("产出指标", "效益指标", "成本指标", "满意度指标");
  static final Set<String> NATURES =
      Set.of("≥", "≤", "=", "≡", "<", ">", "＝", "＜", "＞", "≧", "≦", "定性");
  static final Set<String> DIRECTIONS = Set.of("正向指标", "反向指标");

  private IndicatorWords() {}

  static boolean isLevel1(String cell) {
    return LEVEL1.contains(Texts.compact(cell));
  }

  static boolean isNature(String cell) {
    return NATURES.contains(Texts.compact(cell));
  }
}
