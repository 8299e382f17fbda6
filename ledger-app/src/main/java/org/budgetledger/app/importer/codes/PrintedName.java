package org.budgetledger.app.importer.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budgetledger.core.model.Fen;

/**
 * A row of a table that prints 支出功能分类 names without codes: where it is printed ({@code 第 20 页 表1… 第
 * 5 行}), the name as printed, and the row's figures left to right (null for an empty cell), which
 * tell a 类 from its 款 where the name alone does not: a 类 is the sum of its 款.
 */
public record PrintedName(String place, String name, List<Fen> figures) {
  public PrintedName {
    figures = Collections.unmodifiableList(new ArrayList<>(figures));
  }

  Fen figure(int column) {
    return column < figures.size() ? figures.get(column) : null;
  }
}
