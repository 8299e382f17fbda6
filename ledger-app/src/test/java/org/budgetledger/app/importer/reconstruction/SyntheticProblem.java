package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.budgetledger.core.model.Fen;

/**
 * A department-sized problem made from known fine lines: 4 units × 25 functions (5 款 of 5 项) × 5
 * economic codes (2 personnel, 3 public) = 500 cells, and ~700 margins in overlapping hierarchies
 * printed to 2 decimals like a district document, plus exact grand and per-kind totals.
 */
final class SyntheticProblem {

  static final int UNITS = 4;
  static final int FUNCTIONS = 25;
  static final int ECONOMIC_CODES = 5;

  private SyntheticProblem() {}

  static MarginProblem build(long seed) {
    return build(seed, 2);
  }

  /** With {@code decimals} 6 every figure is exact, as in a municipal document. */
  static MarginProblem build(long seed, int decimals) {
    Map<String, Long> truth = truth(seed);
    MarginProblemBuilder builder = MarginProblem.builder().cells(truth.keySet());
    List<Function<String, String>> groupings =
        List.of(
            id -> "u" + unit(id) + "f" + function(id), // 一般公共预算支出表 rows
            id -> "f" + function(id) + "e" + econ(id), // 支出总表 rows
            id -> "u" + unit(id) + "e" + econ(id),
            id -> "u" + unit(id) + "k" + kuan(id) + "e" + econ(id),
            id -> "u" + unit(id) + "f" + function(id) + "c" + kind(id), // 人员经费 / 公用经费 columns
            id -> "u" + unit(id) + "k" + kuan(id) + "c" + kind(id),
            id -> "k" + kuan(id) + "e" + econ(id),
            id -> "f" + function(id) + "c" + kind(id),
            id -> "k" + kuan(id) + "c" + kind(id),
            id -> "u" + unit(id),
            id -> "f" + function(id),
            id -> "e" + econ(id),
            id -> "k" + kuan(id),
            id -> "u" + unit(id) + "k" + kuan(id));
    for (Function<String, String> grouping : groupings) {
      Map<String, List<String>> groups = new LinkedHashMap<>();
      truth
          .keySet()
          .forEach(
              id -> groups.computeIfAbsent(grouping.apply(id), k -> new ArrayList<>()).add(id));
      groups.forEach(
          (key, ids) ->
              builder.rounded(
                  "r." + key,
                  "synthetic rounded " + key,
                  rounded(ids, truth, decimals),
                  decimals,
                  ids));
    }
    builder.exact("x.total", "synthetic exact total", sum(truth.keySet(), truth), truth.keySet());
    for (int kind = 0; kind < 2; kind++) {
      int k = kind;
      List<String> ids = truth.keySet().stream().filter(id -> kind(id) == k).toList();
      builder.exact("x.kind" + kind, "synthetic exact kind " + kind, sum(ids, truth), ids);
    }
    return builder.build();
  }

  /** Fen amounts from a fixed linear congruential sequence: the same seed, the same problem. */
  private static Map<String, Long> truth(long seed) {
    Map<String, Long> truth = new LinkedHashMap<>();
    long state = seed;
    for (int u = 0; u < UNITS; u++) {
      for (int f = 0; f < FUNCTIONS; f++) {
        for (int e = 0; e < ECONOMIC_CODES; e++) {
          state = state * 6364136223846793005L + 1442695040888963407L;
          long fen = (state >>> 20) % 5_000_000_000L;
          truth.put(u + "." + f + "." + e, fen % 7 == 0 ? 0 : fen);
        }
      }
    }
    return truth;
  }

  private static long rounded(List<String> ids, Map<String, Long> truth, int decimals) {
    return Fen.of(sum(ids, truth)).toWan(decimals).movePointRight(6).longValueExact();
  }

  private static long sum(Iterable<String> ids, Map<String, Long> truth) {
    long sum = 0;
    for (String id : ids) {
      sum = Math.addExact(sum, truth.get(id));
    }
    return sum;
  }

  private static int part(String id, int index) {
    return Integer.parseInt(id.split("\\.")[index]);
  }

  private static int unit(String id) {
    return part(id, 0);
  }

  private static int function(String id) {
    return part(id, 1);
  }

  private static int kuan(String id) {
    return function(id) / 5;
  }

  private static int econ(String id) {
    return part(id, 2);
  }

  private static int kind(String id) {
    return econ(id) < 2 ? 0 : 1;
  }
}
