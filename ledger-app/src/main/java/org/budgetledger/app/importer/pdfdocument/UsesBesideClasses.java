package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.projections.tables.PrintedBalanceRows;

/**
 * A balance sheet's spending by use printed in a block beside its 类 (Xi'an's 部门预算支出经济科目（按大类）:
 * 1、人员经费和公用经费支出 166,797,378.80 … 2、专项业务经费支出 3,505,206,923.00), read from the column right of the
 * one the canonical table takes its 类 from: each use the ledger keeps (基本支出, 项目支出) with the figure
 * printed right of its label, so that it is compared, and a margin, as where a family prints uses
 * in place of 类. Uses the ledger does not model (事业单位经营支出 …) are left out; the block's economic 类
 * under each use are read with it, written only where the document determines them (BalanceSheets).
 */
final class UsesBesideClasses {
  private static final Set<String> KEPT = Set.of("基本支出", "项目支出");

  private UsesBesideClasses() {}

  /**
   * One use: its canonical words, its printed figure, the row it is printed in and the 部门经济分类 类
   * printed under it in its column ({@link EconomicClass}).
   */
  record Use(String label, String amount, List<PublishedCell> row, List<EconomicClass> classes) {}

  /**
   * A 部门经济分类 类 printed under a use ((1)工资福利支出 below 1、人员经费和公用经费支出), its name resolved to exactly
   * one 类 code of the year's catalogue.
   */
  record EconomicClass(String code, String name, String amount, List<PublishedCell> row) {}

  // the ordinal a block prints before each 类: (1) or （1）
  private static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile("^[（(]\\d+[）)]");

  static List<Use> of(
      PublishedGrid grid, int lastRead, MeasureVocabulary vocabulary, Integer year) {
    Map<String, Use> uses = new LinkedHashMap<>();
    Use under = null;
    int underColumn = -1;
    for (List<PublishedCell> row : grid.rows()) {
      for (PublishedCell cell : row) {
        if (cell.column() <= lastRead || cell.isMoney()) {
          continue;
        }
        String use = IncomeLabels.spending(cell.text(), vocabulary);
        Optional<PublishedCell> figure =
            row.stream().filter(c -> c.column() == cell.column() + 1 && c.isMoney()).findFirst();
        if (PrintedBalanceRows.USES.containsValue(use)) {
          under = null;
        }
        if (under != null && cell.column() == underColumn && figure.isPresent()) {
          String name = ORDINAL.matcher(cell.text().replaceAll("\\s", "")).replaceFirst("");
          List<String> codes = economicClasses(name, year);
          if (codes.size() == 1) {
            under
                .classes()
                .add(new EconomicClass(codes.get(0), name, figure.get().text().strip(), row));
          }
          continue;
        }
        if (figure.isEmpty() || uses.containsKey(use)) {
          continue;
        }
        if (KEPT.contains(use)) {
          under = new Use(use, figure.get().text().strip(), row, new ArrayList<>());
          underColumn = cell.column();
          uses.put(use, under);
        } else if (PrintedBalanceRows.USES.containsValue(use) && !figure.get().amount().isZero()) {
          // money on a use the ledger does not model (Xi'an 2022's 事业单位经营支出 48,007,600.00 of
          // 事业单位经营收入): the ledger's lines are all 基本 or 项目, so neither can be the printed one
          return List.of();
        }
      }
    }
    return new ArrayList<>(uses.values());
  }

  private static List<String> economicClasses(String name, Integer year) {
    if (year == null) {
      return List.of();
    }
    return Catalogues.standard().departmentEconomic().codesNamed(name, "", year).stream()
        .filter(c -> c.length() == 3)
        .toList();
  }
}
