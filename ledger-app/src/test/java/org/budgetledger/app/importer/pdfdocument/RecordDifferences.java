package org.budgetledger.app.importer.pdfdocument;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paths where two parsed documents differ, records walked component by component, lists item by
 * item, maps key by key, every other value by equals; components whose path is ignored are skipped.
 * A parsed document is a tree of records without cycles, so this is linear in its size: AssertJ's
 * recursive comparison keeps every pair it visited in a list and scans it for each new one, which
 * made a large document's comparison take minutes.
 */
final class RecordDifferences {
  private final Set<String> ignoredPaths;
  private final List<Pattern> ignoredNames;
  private final List<String> differences = new ArrayList<>();

  private RecordDifferences(Set<String> ignoredPaths, List<String> ignoredNameRegexes) {
    this.ignoredPaths = ignoredPaths;
    this.ignoredNames = ignoredNameRegexes.stream().map(Pattern::compile).toList();
  }

  /** The differing paths of {@code actual} against {@code expected}, at most 20. */
  static List<String> between(
      Object actual, Object expected, Set<String> ignoredPaths, List<String> ignoredNameRegexes) {
    RecordDifferences d = new RecordDifferences(ignoredPaths, ignoredNameRegexes);
    d.compare("", actual, expected);
    return d.differences;
  }

  private void compare(String path, Object a, Object b) {
    if (differences.size() >= 20 || a == b) {
      return;
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      differences.add(path + ": " + a + " ≠ " + b);
    } else if (a.getClass().isRecord()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        String at = path.isEmpty() ? c.getName() : path + "." + c.getName();
        if (ignored(at, c.getName())) {
          continue;
        }
        compare(at, value(c, a), value(c, b));
      }
    } else if (a.getClass().isArray()) {
      int n = java.lang.reflect.Array.getLength(a);
      if (n != java.lang.reflect.Array.getLength(b)) {
        differences.add(path + ": " + n + " items ≠ " + java.lang.reflect.Array.getLength(b));
        return;
      }
      for (int i = 0; i < n; i++) {
        compare(
            path + "[" + i + "]",
            java.lang.reflect.Array.get(a, i),
            java.lang.reflect.Array.get(b, i));
      }
    } else if (a instanceof List<?> la) {
      List<?> lb = (List<?>) b;
      if (la.size() != lb.size()) {
        differences.add(path + ": " + la.size() + " items ≠ " + lb.size());
        return;
      }
      Iterator<?> ib = lb.iterator();
      int i = 0;
      for (Object item : la) {
        compare(path + "[" + i++ + "]", item, ib.next());
      }
    } else if (a instanceof Map<?, ?> ma) {
      Map<?, ?> mb = (Map<?, ?>) b;
      if (!ma.keySet().equals(mb.keySet())) {
        differences.add(path + ": keys " + ma.keySet() + " ≠ " + mb.keySet());
        return;
      }
      ma.forEach((k, v) -> compare(path + "[" + k + "]", v, mb.get(k)));
    } else if (!a.equals(b)) {
      differences.add(path + ": " + a + " ≠ " + b);
    }
  }

  private boolean ignored(String path, String name) {
    return ignoredPaths.contains(path)
        || ignoredNames.stream().anyMatch(p -> p.matcher(name).matches());
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(c.getName(), e);
    }
  }
}
