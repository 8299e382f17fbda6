package org.budgetledger.app.reconciliation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.budgetledger.app.importer.pdfdocument.TableFigures;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.TableKind;

/**
 * How much of what a PDF prints was compared with the ledger: its figures (non-zero amounts in
 * every row and column of the tables read) against the published figures the cell comparison
 * judged, and how many of those agree (EXACT or WITHIN_ROUNDING). The comparison's cell counts also
 * hold zeros and names and leave out what the reader did not take (rows below a 收入总表's 合计, unit
 * blocks, tables no canonical table holds), so they alone would overstate it.
 */
public record FigureCoverage(int printed, int compared, int agreeing) {

  public static FigureCoverage measured(List<TableFigures> printed, CellComparisonResult result) {
    Map<TableKind, Integer> byKind = printedByKind(printed);
    Map<TableKind, int[]> counted = byPrintedKind(byKind, result);
    int compared = 0;
    int agreeing = 0;
    // a table's figures are counted at most once each: where two readings of one printed table
    // compare the same figures (a 类 row over its 项 rows, a table read into two canonical tables),
    // the table's count is capped at what it prints, so a surplus in one table never hides a
    // shortfall in another; what disagrees is taken as printed, so agreement is never overstated
    for (Map.Entry<TableKind, int[]> e : counted.entrySet()) {
      int cap = byKind.getOrDefault(e.getKey(), 0);
      int disagreeing = e.getValue()[0] - e.getValue()[1];
      compared += Math.min(cap, e.getValue()[0]);
      agreeing += Math.max(0, Math.min(e.getValue()[1], cap - disagreeing));
    }
    return new FigureCoverage(
        printed.stream().mapToInt(TableFigures::printed).sum(), compared, agreeing);
  }

  private static Map<TableKind, Integer> printedByKind(List<TableFigures> printed) {
    Map<TableKind, Integer> byKind = new EnumMap<>(TableKind.class);
    for (TableFigures t : printed) {
      if (t.kind() != null) {
        byKind.merge(t.kind(), t.printed(), Integer::sum);
      }
    }
    return byKind;
  }

  /**
   * Figures compared and agreeing per canonical table that prints them: a table read from another
   * table's grid counts as that table.
   */
  private static Map<TableKind, int[]> byPrintedKind(
      Map<TableKind, Integer> printedByKind, CellComparisonResult result) {
    Map<TableKind, int[]> counted = new EnumMap<>(TableKind.class);
    for (TableTally t : result.tallies()) {
      int[] n = counted.computeIfAbsent(t.table(), k -> new int[2]);
      n[0] += figuresCompared(t);
      n[1] += t.figures(CellStatus.EXACT) + t.figures(CellStatus.WITHIN_ROUNDING);
    }
    // 支出总表 by unit was read from the 支出总表's grid and compares every figure it prints, whose
    // rows by code compare sums of the same figures at the same places: counted once, by unit
    int[] byUnit = counted.remove(TableKind.EXPENDITURE_BY_UNIT);
    if (byUnit != null && byUnit[0] > 0) {
      counted.put(TableKind.EXPENDITURE_SUMMARY, byUnit);
    }
    // a 基本支出表 no table of its own printed was read from the 基本支出 column of the 项目支出 table by
    // economic code (BasicBesideProject), and the table of every kind by economic code from its 合计,
    // 人员经费 and 公用经费: their figures compared are that table's
    for (TableKind read :
        List.of(TableKind.GENERAL_BUDGET_BASIC, TableKind.GENERAL_BUDGET_ECONOMIC)) {
      if (!printedByKind.containsKey(read) && counted.containsKey(read)) {
        int[] moved = counted.remove(read);
        int[] into =
            counted.computeIfAbsent(TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC, k -> new int[2]);
        into[0] += moved[0];
        into[1] += moved[1];
      }
    }
    return counted;
  }

  /** Agreeing figures as a share of those printed, in per cent. */
  public double agreeingShare() {
    return printed == 0 ? 0 : 100.0 * agreeing / printed;
  }

  /**
   * The import notes: the whole document's figures, then each table with figures the comparison did
   * not take, so that what was not compared is named, never only counted. Empty for text input,
   * whose figures are not counted.
   */
  static List<String> notes(List<TableFigures> printed, CellComparisonResult result) {
    if (printed.isEmpty()) {
      return List.of();
    }
    FigureCoverage whole = measured(printed, result);
    List<String> notes = new ArrayList<>();
    notes.add(
        String.format(
            Locale.ROOT,
            "公开表印有金额 %d 个（非零），与账本逐格比较 %d 个，其中一致或舍入差异 %d 个，占所印金额 %.1f%%",
            whole.printed,
            whole.compared,
            whole.agreeing,
            whole.agreeingShare()));
    Map<TableKind, Integer> byKind = printedByKind(printed);
    Map<TableKind, int[]> compared = byPrintedKind(byKind, result);
    Map<String, int[]> left = new LinkedHashMap<>();
    for (TableFigures t : printed) {
      if (t.kind() == null) {
        left.put(t.place() + "（账本不重建此表）", new int[] {t.printed(), t.printed()});
      } else if (byKind.containsKey(t.kind())) {
        int all = byKind.remove(t.kind());
        int notCompared = all - compared.getOrDefault(t.kind(), new int[2])[0];
        if (notCompared > 0) {
          left.put(t.place(), new int[] {all, notCompared});
        }
      }
    }
    left.forEach((place, n) -> notes.add(place + "：印有金额 " + n[0] + " 个，其中 " + n[1] + " 个未与账本逐格比较"));
    return notes;
  }

  private static int figuresCompared(TableTally t) {
    int all = 0;
    for (CellStatus status : CellStatus.values()) {
      if (status != CellStatus.NOT_READABLE) {
        all += t.figures(status);
      }
    }
    return all;
  }
}
