package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A balance sheet whose spending side is printed in several blocks side by side (Xi'an's 支出功能分类科目,
 * 部门预算支出经济科目 and 政府预算支出经济分类科目, each 按大类) prints each block's heading and totals (一、部门预算, 本年支出合计,
 * 支出总计) on the same row as the block the canonical table reads: the same figure printed again. Each
 * repeat is written as {@value #AGAIN} and the label of the read block, so that it is compared with
 * that row's rebuilt figure and a repeat that differs shows as a finding. Told by the table's shape
 * (the same label on the same row, right of the read columns), not by its words.
 */
final class TotalsPrintedAgain {
  /** The canonical prefix of a spending label printed again in a later block of its row. */
  static final String AGAIN = "再列：";

  private TotalsPrintedAgain() {}

  /** A repeat: its figure's text as printed. */
  record Again(String amount) {}

  /**
   * The figures printed right of the read spending amount ({@code lastRead}) beside the label the
   * read spending label column ({@code labelColumn}) prints on that row.
   */
  static List<Again> of(List<PublishedCell> row, int labelColumn, int lastRead) {
    String label = compact(text(row, labelColumn));
    List<Again> again = new ArrayList<>();
    if (label.isEmpty()) {
      return again;
    }
    for (PublishedCell cell : row) {
      if (cell.column() <= lastRead || cell.isMoney() || !compact(cell.text()).equals(label)) {
        continue;
      }
      Optional<PublishedCell> figure =
          row.stream().filter(c -> c.column() == cell.column() + 1 && c.isMoney()).findFirst();
      figure.ifPresent(f -> again.add(new Again(f.text().strip())));
    }
    return again;
  }

  private static String text(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column)
        .findFirst()
        .map(PublishedCell::text)
        .orElse("");
  }

  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }
}
