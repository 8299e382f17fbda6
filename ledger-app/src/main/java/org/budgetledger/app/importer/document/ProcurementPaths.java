package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tag path of each row of a 政府采购 table printed row by row: {@code [category]}, {@code
 * [category, group]} or {@code [category, group, item]}, a repeat of the same words under the same
 * parent marked {@code #2}, {@code #3} … (a unit printed twice under 货物, the same 采购品目 bought twice
 * by a unit), so that each printed row is one row of the rebuilt table and the ledger never merges
 * two printed rows. The importer's tags and the published table take their keys from here alone.
 */
public final class ProcurementPaths {
  private ProcurementPaths() {}

  /** One path per row of {@code table}, in its order. */
  public static List<List<String>> of(ProcurementTable table) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> currentGroup = new HashMap<>();
    List<List<String>> out = new ArrayList<>();
    for (ProcurementRow row : table.rows()) {
      String parent = row.category().toString();
      if (row.group().isEmpty()) {
        out.add(List.of(parent));
        continue;
      }
      if (row.item().isEmpty()) {
        String group = unique(seen, parent, row.group());
        currentGroup.put(parent + "|" + row.group(), group);
        out.add(List.of(parent, group));
        continue;
      }
      String group = currentGroup.getOrDefault(parent + "|" + row.group(), row.group());
      out.add(List.of(parent, group, unique(seen, parent + "|" + group, row.item())));
    }
    return out;
  }

  private static String unique(Map<String, Integer> seen, String parent, String words) {
    int n = seen.merge(parent + "|" + words, 1, Integer::sum);
    return n == 1 ? words : words + "#" + n;
  }
}
