package org.budgetledger.app.importer.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The codes a names-only table's rows resolve to, one per row in order (empty for a row that is no
 * classification line: 合计, 本年支出合计, 年终结转结余), and the problems, each naming its row's place. A
 * reading with problems must not be recorded.
 */
public record NameReading(List<Optional<String>> codes, List<String> problems) {
  public NameReading {
    codes = Collections.unmodifiableList(new ArrayList<>(codes));
    problems = List.copyOf(problems);
  }

  public boolean resolved() {
    return problems.isEmpty();
  }

  public Optional<String> codeOf(int row) {
    return codes.get(row);
  }
}
