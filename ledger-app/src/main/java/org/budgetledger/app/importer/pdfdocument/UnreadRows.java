package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.projections.tables.TableKind;

/**
 * The rows of a 收入总表 below its 合计 that are not read (its units): the canonical 收入总表 is its 合计 row,
 * and the ledger records income for the whole department, so their figures are neither read nor
 * compared. Rows by 功能科目 are read and compared with the ledger's spending by function and source
 * ({@link IncomeFunctionRows}), and not named here. That must not pass unseen: the table is named
 * with its page and how many rows and figures it leaves out, so the import report says what was not
 * compared.
 */
final class UnreadRows {
  private UnreadRows() {}

  /** One remark for the 收入总表 the canonical text reads, if it prints rows beside its 合计. */
  static List<String> in(List<PublishedGrid> grids, MeasureVocabulary words) {
    List<String> remarks = new ArrayList<>();
    for (PublishedGrid grid : grids) {
      if (grid.kind() != TableKind.INCOME_SUMMARY) {
        continue;
      }
      // the canonical text reads the first 收入总表 only, and none of it without a 合计 row (the
      // table is then named unread)
      CanonicalColumns columns = CanonicalColumns.of(grid, words);
      Optional<List<PublishedCell>> total = CanonicalTextRenderer.totalRow(grid, columns);
      if (total.isEmpty()) {
        break;
      }
      // rows by 功能科目 are read and compared ({@link IncomeFunctionRows})
      Set<List<PublishedCell>> read = Collections.newSetFromMap(new IdentityHashMap<>());
      IncomeFunctionRows.of(grid, columns).forEach(r -> read.add(r.cells()));
      int rows = 0;
      int figures = 0;
      for (List<PublishedCell> row : grid.rows()) {
        long money = row.stream().filter(PublishedCell::isMoney).count();
        if (row != total.get() && !read.contains(row) && money > 0) {
          rows++;
          figures += (int) money;
        }
      }
      if (rows > 0) {
        remarks.add(
            grid.place()
                + "：只读取合计行；其余 "
                + rows
                + " 行（按单位或科目列示）的 "
                + figures
                + " 个金额未读取，不与账本比较（收入按整个部门记录）");
      }
      break;
    }
    return remarks;
  }
}
