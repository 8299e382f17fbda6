package org.budgetledger.app.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a header column path ({@code 上年结转结余/一般公共预算资金}) to the canonical measure it prints. A rule
 * that names parents wins over one that does not, so 上年结转 columns never read as this year's money;
 * a family's own rules come before the shared ones.
 */
public final class MeasureVocabulary {
  private static final java.util.Set<String> TOTAL_WORDS = java.util.Set.of("小计", "合计", "总计");
  private final List<MeasureRule> rules;

  public MeasureVocabulary(List<MeasureRule> familyRules, List<MeasureRule> sharedRules) {
    List<MeasureRule> all = new ArrayList<>(familyRules);
    all.addAll(sharedRules);
    this.rules = List.copyOf(all);
  }

  /**
   * The measure of a column path (header cells from top to leaf); empty when no rule knows it. A
   * header word wrapped over two header rows reads as two cells (一般公共 / 预算拨款, 政府性基金 / 预算拨款): where
   * the last two cells joined are a word of the vocabulary, that word is the column's, so the
   * fragment 预算拨款 is never read as a word of its own. A total word (小计, 合计) is a cell of its own
   * under its heading (基本支出 / 小计), never the end of a wrapped word.
   */
  public Optional<String> measure(List<String> path) {
    if (path.size() >= 2 && !TOTAL_WORDS.contains(Texts.normalize(path.get(path.size() - 1)))) {
      List<String> joined = new ArrayList<>(path.subList(0, path.size() - 2));
      joined.add(path.get(path.size() - 2) + path.get(path.size() - 1));
      Optional<String> word = measureOfPath(joined);
      if (word.isPresent()) {
        return word;
      }
    }
    return measureOfPath(path);
  }

  private Optional<String> measureOfPath(List<String> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    List<String> normalized = path.stream().map(Texts::normalize).toList();
    String leaf = stripNumbering(normalized.get(normalized.size() - 1));
    List<String> parents =
        normalized.subList(0, normalized.size() - 1).stream()
            .map(MeasureVocabulary::stripNumbering)
            .toList();
    List<String> parentMeasures =
        parents.stream().map(this::unscoped).flatMap(Optional::stream).toList();
    Optional<MeasureRule> scoped =
        rules.stream()
            .filter(r -> !r.under().isEmpty() && r.matchesLeaf(leaf))
            .filter(r -> r.matchesParents(parents) || meansAParent(r, parentMeasures))
            .findFirst();
    if (scoped.isPresent()) {
      return scoped.map(MeasureRule::key);
    }
    return unscoped(leaf);
  }

  private Optional<String> unscoped(String label) {
    return rules.stream()
        .filter(r -> r.under().isEmpty() && r.matchesLeaf(label))
        .findFirst()
        .map(MeasureRule::key);
  }

  /**
   * Whether a parent cell means what one of the rule's {@code under} words means: a family that
   * wrote 一般公共预算拨款 reads its 小计 under 公共财政拨款 too, as another document of it may print.
   */
  private boolean meansAParent(MeasureRule rule, List<String> parentMeasures) {
    return !parentMeasures.isEmpty()
        && rule.under().stream()
            .map(this::unscoped)
            .flatMap(Optional::stream)
            .anyMatch(parentMeasures::contains);
  }

  /** 一、 (一) 1. and 其中： print before a label in some families and mean nothing. */
  private static String stripNumbering(String label) {
    return label.replaceFirst(
        "^(其中[：:])?([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]" + "|\\d+[.、．])?", "");
  }
}
