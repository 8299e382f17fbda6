package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.projections.tables.PrintedBalanceRows;

/**
 * A balance sheet's spending by use printed in a block beside its 类 (Xi'an's 部门预算支出经济科目（按大类）:
 * 1、人员经费和公用经费支出 166,797,378.80 … 2、专项业务经费支出 3,505,206,923.00), read from the column right of the
 * one the canonical table takes its 类 from: each use the ledger keeps (基本支出, 项目支出) with the figure
 * printed right of its label, so that it is compared, and a margin, as where a family prints uses
 * in place of 类. Uses the ledger does not model (事业单位经营支出 …) and the block's economic 类 under each
 * use (no table gives all funds' money by economic class) are left out.
 */
final class UsesBesideClasses {
  private static final Set<String> KEPT = Set.of("基本支出", "项目支出");

  private UsesBesideClasses() {}

  /** One use: its canonical words, its printed figure and the row it is printed in. */
  record Use(String label, String amount, List<PublishedCell> row) {}

  static List<Use> of(PublishedGrid grid, int lastRead, MeasureVocabulary vocabulary) {
    Map<String, Use> uses = new LinkedHashMap<>();
    for (List<PublishedCell> row : grid.rows()) {
      for (PublishedCell cell : row) {
        if (cell.column() <= lastRead || cell.isMoney()) {
          continue;
        }
        String use = IncomeLabels.spending(cell.text(), vocabulary);
        Optional<PublishedCell> figure =
            row.stream().filter(c -> c.column() == cell.column() + 1 && c.isMoney()).findFirst();
        if (figure.isEmpty() || uses.containsKey(use)) {
          continue;
        }
        if (KEPT.contains(use)) {
          uses.put(use, new Use(use, figure.get().text().strip(), row));
        } else if (PrintedBalanceRows.USES.containsValue(use) && !figure.get().amount().isZero()) {
          // money on a use the ledger does not model (Xi'an 2022's 事业单位经营支出 48,007,600.00 of
          // 事业单位经营收入): the ledger's lines are all 基本 or 项目, so neither can be the printed one
          return List.of();
        }
      }
    }
    return new ArrayList<>(uses.values());
  }
}
