package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.reconstruction.Margin;

/**
 * The income figures of 收入总表 (which 收支总表 and 财政拨款收支总表 repeat) as margins over the lines that spend
 * them, each within its own rounding: each line within rounding is not enough, their sums must
 * print as the document prints the income. A group of sources its own lines spend ({@link
 * IncomeGroups}) bounds those lines; the balancing source ({@link IncomePlanner}: the unit's
 * spending plus what it keeps, less its other income) bounds the rest, plus the other income they
 * pay as printed (上年结转 一般公共预算 paid by the same lines), less the kept 年终结转结余.
 */
final class IncomeMargins {
  static final String PREFIX = "tin:";
  private static final String TABLE = "收入总表";

  private IncomeMargins() {}

  static void collect(DisclosureDocument doc, String department, long yearEndFen, PlanMargins m) {
    List<IncomeSummaryRow> unitRows = DocumentFunds.unitRows(doc, department);
    IncomeSummaryRow total = DocumentFunds.departmentRow(doc, department);
    if (unitRows.isEmpty()) {
      unit("department", total, yearEndFen, c -> true, m);
      return;
    }
    String keeper = IncomePlanner.keeper(unitRows);
    long others = 0;
    long shared = 0;
    boolean sameSource = true;
    List<IncomeGroups.Group> allGroups = new ArrayList<>();
    DocumentFunds.Source totalSource = IncomePlanner.balancing(DocumentFunds.printed(total));
    for (IncomeSummaryRow row : unitRows) {
      String unit = row.code();
      long kept = unit.equals(keeper) ? yearEndFen : 0;
      List<IncomeGroups.Group> groups = unit(unit, row, kept, c -> c.unit().equals(unit), m);
      allGroups.addAll(groups);
      Map<DocumentFunds.Source, PublishedAmount> printed = DocumentFunds.printed(row);
      DocumentFunds.Source source = IncomePlanner.balancing(printed);
      sameSource &= source.equals(totalSource);
      others = Math.addExact(others, ungroupedOthersFen(printed, source, groups));
      shared = Math.addExact(shared, sharing(printed, source, groups));
    }
    // units without a row balance on this year's 一般公共预算 (IncomePlanner)
    Set<String> rowUnits = new HashSet<>();
    unitRows.forEach(r -> rowUnits.add(r.code()));
    boolean unlisted = m.hasCells(c -> !rowUnits.contains(c.unit()));
    sameSource &= !unlisted || totalSource.equals(IncomePlanner.balancing(Map.of()));
    if (sameSource) {
      PublishedAmount figure = DocumentFunds.printed(total).get(totalSource);
      add(
          PREFIX + "total",
          figure,
          Math.subtractExact(others, yearEndFen),
          shared,
          c -> !IncomeGroups.grouped(allGroups, c),
          m);
    }
  }

  private static List<IncomeGroups.Group> unit(
      String id, IncomeSummaryRow row, long keptFen, Predicate<LineCell> ofUnit, PlanMargins m) {
    Map<DocumentFunds.Source, PublishedAmount> printed = DocumentFunds.printed(row);
    List<IncomeGroups.Group> groups = IncomeGroups.of(printed, ofUnit, m.cells(), keptFen != 0);
    for (IncomeGroups.Group g : groups) {
      PublishedAmount figure = g.figure();
      m.add(
          PREFIX + id + ":" + g.name(),
          TABLE,
          "收入 " + g.name(),
          figure,
          figure.lineNo(),
          g.cells());
    }
    DocumentFunds.Source source = IncomePlanner.balancing(printed);
    long offset = Math.subtractExact(ungroupedOthersFen(printed, source, groups), keptFen);
    Predicate<LineCell> rest = c -> ofUnit.test(c) && !IncomeGroups.grouped(groups, c);
    add(PREFIX + id, printed.get(source), offset, sharing(printed, source, groups), rest, m);
    return groups;
  }

  /**
   * The rounded figures beside the balancing one that its lines pay too (上年结转 一般公共预算 paid by the
   * 一般公共预算 lines): each may take up to half its unit but a fen ({@link IncomePlanner#share}).
   */
  private static long sharing(
      Map<DocumentFunds.Source, PublishedAmount> printed,
      DocumentFunds.Source balancing,
      List<IncomeGroups.Group> groups) {
    long fen = 0;
    for (var e : printed.entrySet()) {
      boolean grouped = groups.stream().anyMatch(g -> g.sources().containsKey(e.getKey()));
      if (!e.getKey().equals(balancing) && !grouped) {
        fen = Math.addExact(fen, IncomePlanner.share(e.getValue()));
      }
    }
    return fen;
  }

  private static void add(
      String id,
      PublishedAmount figure,
      long offsetFen,
      long sharedFen,
      Predicate<LineCell> cells,
      PlanMargins m) {
    if (figure == null || figure.notPrinted() || !m.hasCells(cells)) {
      return;
    }
    long tolerance = Math.addExact(figure.roundingFen(), sharedFen);
    m.addWithin(
        id,
        TABLE,
        "收入（平衡项）" + figure.text(),
        Math.addExact(figure.value().value(), offsetFen),
        tolerance,
        figure,
        cells);
  }

  /** The printed income beside the balancing source that no group's lines spend. */
  private static long ungroupedOthersFen(
      Map<DocumentFunds.Source, PublishedAmount> printed,
      DocumentFunds.Source balancing,
      List<IncomeGroups.Group> groups) {
    long fen = 0;
    for (var e : printed.entrySet()) {
      boolean grouped = groups.stream().anyMatch(g -> g.sources().containsKey(e.getKey()));
      if (!e.getKey().equals(balancing) && !grouped) {
        fen = Math.addExact(fen, e.getValue().value().value());
      }
    }
    return fen;
  }

  static boolean isIncome(Margin margin) {
    return margin.id().startsWith(PREFIX);
  }
}
