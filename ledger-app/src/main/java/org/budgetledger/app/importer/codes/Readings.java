package org.budgetledger.app.importer.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetledger.app.importer.codes.CatalogueNameResolver.Line;
import org.budgetledger.core.catalogue.Classification;
import org.budgetledger.core.model.Fen;

/**
 * Every reading of a names-only table as a 类 / 款 / 项 tree, found depth first, and the one its
 * figures fit best. A row numbered 一、 is a 类. The same code twice in a row is no reading (a 款 is
 * not its own sibling): 其他一般公共服务支出 under 其他一般公共服务支出 is the 项.
 */
final class Readings {
  // a table of a few hundred rows has a handful of readings; more means the names say too little
  private static final int MAX_READINGS = 4096;
  // readings that die halfway cost steps too: hostile names must not make the search exponential
  private static final int MAX_STEPS = 1_000_000;
  // the search recurses once a row: a names-only table longer than any published one is refused
  static final int MAX_ROWS = 5_000;

  private final List<Line> lines;
  private final Classification function;
  private final int year;
  private final long tolerance;
  private final String[] current;
  private final List<String[]> best = new ArrayList<>();
  private int bestScore = Integer.MIN_VALUE;
  private int readings;
  private int steps;
  private int furthest = -1;

  Readings(List<Line> lines, Classification function, int year, long tolerance) {
    this.lines = lines;
    this.function = function;
    this.year = year;
    this.tolerance = tolerance;
    this.current = new String[lines.size()];
  }

  void search() {
    if (lines.size() <= MAX_ROWS) {
      walk(0, "", "");
    }
  }

  private void walk(int l, String kind, String section) {
    if (readings > MAX_READINGS || ++steps > MAX_STEPS) {
      return;
    }
    furthest = Math.max(furthest, l);
    if (l == lines.size()) {
      readings++;
      keep();
      return;
    }
    Line line = lines.get(l);
    String previous = l == 0 ? "" : current[l - 1];
    for (String code : candidates(line, kind, section)) {
      if (code.equals(previous)) {
        continue;
      }
      current[l] = code;
      switch (code.length()) {
        case 3 -> walk(l + 1, code, "");
        case 5 -> walk(l + 1, kind, code);
        default -> walk(l + 1, kind, section);
      }
    }
    current[l] = null;
  }

  private List<String> candidates(Line line, String kind, String section) {
    List<String> codes = new ArrayList<>();
    function.codesNamed(line.name(), "", year).stream()
        .filter(c -> c.length() == 3)
        .forEach(codes::add);
    if (line.ordinal()) {
      return codes;
    }
    if (!kind.isEmpty()) {
      function.codesNamed(line.name(), kind, year).stream()
          .filter(c -> c.length() == 5)
          .forEach(codes::add);
    }
    if (!section.isEmpty()) {
      function.codesNamed(line.name(), section, year).stream()
          .filter(c -> c.length() == 7)
          .forEach(codes::add);
    }
    return codes;
  }

  private void keep() {
    int score = score(current);
    if (score > bestScore) {
      bestScore = score;
      best.clear();
    }
    if (score == bestScore && best.stream().noneMatch(b -> java.util.Arrays.equals(b, current))) {
      best.add(current.clone());
    }
  }

  /** Parents whose figures are the sum of their children's, less those whose are not. */
  private int score(String[] codes) {
    int score = 0;
    for (int p = 0; p < codes.length; p++) {
      List<Integer> children = new ArrayList<>();
      for (int c = p + 1; c < codes.length && codes[c].length() > codes[p].length(); c++) {
        if (codes[c].length() == codes[p].length() + 2) {
          children.add(c);
        }
      }
      if (!children.isEmpty()) {
        score += sums(p, children) ? 1 : -1;
      }
    }
    return score;
  }

  private boolean sums(int parent, List<Integer> children) {
    PrintedName row = lines.get(parent).printed();
    for (int column = 0; column < row.figures().size(); column++) {
      long total = amount(row.figure(column));
      long sum = 0;
      for (int c : children) {
        sum += amount(lines.get(c).printed().figure(column));
      }
      if (Math.abs(total - sum) > tolerance * (children.size() + 1)) {
        return false;
      }
    }
    return true;
  }

  private static long amount(Fen fen) {
    return fen == null ? 0 : fen.value();
  }

  /** Why no single reading stands, naming the row; empty when one does. */
  Optional<String> failure() {
    if (lines.size() > MAX_ROWS) {
      return Optional.of(
          lines.get(0).printed().place()
              + ": 只列名称的表超过 "
              + MAX_ROWS
              + " 行，无法据名称确定编码 (too many rows to resolve names)");
    }
    if (readings > MAX_READINGS || steps > MAX_STEPS) {
      return Optional.of(
          lines.get(0).printed().place()
              + ": 功能分类名称可作超过 "
              + MAX_READINGS
              + " 种解读 (names too ambiguous to resolve)");
    }
    if (best.isEmpty()) {
      Line line = lines.get(Math.min(furthest, lines.size() - 1));
      return Optional.of(
          line.printed().place()
              + ": '"
              + line.name()
              + "' 在上级科目下找不到 (no 类, no 款 of the 类 above and no 项 of the 款 above has this name in "
              + year
              + ")");
    }
    if (best.size() > 1) {
      String[] a = best.get(0);
      String[] b = best.get(1);
      int l = 0;
      while (a[l].equals(b[l])) {
        l++;
      }
      Line line = lines.get(l);
      return Optional.of(
          line.printed().place()
              + ": '"
              + line.name()
              + "' 有歧义，可为 "
              + a[l]
              + " 或 "
              + b[l]
              + "，金额也无法区分 (ambiguous name: the figures fit both)");
    }
    return Optional.empty();
  }

  String[] best() {
    return best.get(0);
  }
}
