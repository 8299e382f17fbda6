package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.projections.tables.TableKind;

/**
 * Columns of money a mapped table prints under header words no vocabulary knows (another fund
 * source, an 其中 column the family's words lack). Their figures are not read into any canonical
 * column, which is right (a figure is never guessed into a column it may not be), but it must not
 * pass unseen: each is named with its page, table, column and header, so the import report says
 * what was left out. A column with only zeros says nothing left out and is not named.
 */
final class UnreadColumns {
  private static final Set<TableKind> BALANCE_SHEETS =
      Set.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY);

  // a column of codes under a word the vocabulary lacks (经济科目编码): codes, not money
  private static final java.util.regex.Pattern CODES =
      java.util.regex.Pattern.compile("(编码|代码|编号|序号)$");

  private UnreadColumns() {}

  /** One remark per such column: {@code 第 9 页“收入总表”第 5 列“本年收入/…”：…}. */
  static List<String> in(
      List<PublishedGrid> grids, MeasureVocabulary words, List<PriorYearFigures> priorYear) {
    List<String> remarks = new ArrayList<>();
    for (PublishedGrid grid : grids) {
      if (grid.kind() == null || !CanonicalTextRenderer.MAPPED.contains(grid.kind())) {
        continue;
      }
      List<Integer> read =
          new ArrayList<>(
              BALANCE_SHEETS.contains(grid.kind()) ? BalanceSheetColumns.of(grid) : List.of());
      // last year's, this year's and the change columns of a printed change are read and checked
      // against each other (PriorYearNotes says how many hold)
      priorYear.stream().filter(p -> p.grid() == grid).forEach(p -> read.addAll(p.columns()));
      for (int c = 0; c < grid.headers().size(); c++) {
        String header = grid.headers().get(c);
        boolean known = words.measure(Arrays.asList(header.split("/"))).isPresent();
        // a balance sheet is read by position: a column of its known words beside the read ones
        // (支出 by use, by fund) is another view of the same money, not money left out
        if (known || read.contains(c) || CODES.matcher(header).find()) {
          continue;
        }
        if (holdsMoney(grid, c)) {
          remarks.add(
              grid.place()
                  + "第 "
                  + (c + 1)
                  + " 列“"
                  + header.replaceAll("\\s", "")
                  + "”：表头词不是本版式的栏目，其金额未读取");
        }
      }
    }
    return remarks;
  }

  private static boolean holdsMoney(PublishedGrid grid, int column) {
    return grid.rows().stream()
        .flatMap(List::stream)
        .anyMatch(c -> c.column() == column && c.isMoney() && !c.amount().isZero());
  }
}
