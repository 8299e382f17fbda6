package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * Compares a published table set with a rebuilt one cell by cell, by (table, row key, column key).
 *
 * <p>Money: {@link CellStatus#EXACT} when the fen are equal; {@link CellStatus#WITHIN_ROUNDING}
 * when the published figure has fewer than 6 decimals and either the rebuilt fen rounds half up to
 * it, or (a 合计/小计 row only) the difference is at most n half units, n being the published table's
 * non-zero detail cells in that column (at least 1): the publisher rounded those n rows and a total
 * rebuilt from fine lines may sum their rounding (DOMAIN §5.9); or (any row) at most 2n + 1 half
 * units, n being the lines the rebuilt cell sums ({@link RoundedTerms}: one per unit and source),
 * each solved within its own printed figure's rounding interval; else {@link CellStatus#MISMATCH}.
 * Text: only facts (表12/表13 indicators, goals, names) are compared, with all whitespace removed,
 * because PDF extraction breaks text with spaces anywhere; labels the layout prints are not
 * compared. A cell empty or zero on one side and absent on the other is no finding: neither says
 * anything. Cells the parser could not read are {@link CellStatus#NOT_READABLE}. A published figure
 * whose rebuilt cell is {@linkplain TableCell#undetermined undetermined} (the ledger holds it at a
 * coarser grain) is not compared.
 */
public final class CellComparison {
  private CellComparison() {}

  public static CellComparisonResult compare(TableSet published, TableSet rebuilt) {
    return compare(published, rebuilt, RoundedTerms.NONE);
  }

  /**
   * As {@link #compare(TableSet, TableSet)}, a rebuilt figure that sums several rounded figures
   * ({@code terms}) also allowing half a unit per figure.
   */
  public static CellComparisonResult compare(
      TableSet published, TableSet rebuilt, RoundedTerms terms) {
    List<TableTally> tallies = new ArrayList<>();
    List<CellFinding> findings = new ArrayList<>();
    List<TableKind> kinds = new ArrayList<>(List.of(TableKind.values()));
    kinds.sort(Comparator.comparingInt(rebuilt::position));
    for (TableKind kind : kinds) {
      DisclosureTable p = published.table(kind).orElse(null);
      DisclosureTable r = rebuilt.table(kind).orElse(null);
      List<UnreadableCell> unreadable =
          published.unreadable().stream().filter(u -> u.table() == kind).toList();
      if (p == null && r == null && unreadable.isEmpty()) {
        continue;
      }
      Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
      Map<CellStatus, Integer> figures = new EnumMap<>(CellStatus.class);
      // the rebuilt table is in the family's frame: its unit is the one the document prints
      MoneyUnit unit = r != null ? r.unit() : MoneyUnit.WAN_YUAN;
      TableComparer comparer =
          new TableComparer(
              kind, rebuilt.number(kind), published, p, r, terms, unit, counts, figures, findings);
      comparer.comparePublished();
      comparer.reportRebuiltOnly();
      for (UnreadableCell u : unreadable) {
        counts.merge(CellStatus.NOT_READABLE, 1, Integer::sum);
        findings.add(
            new CellFinding(
                kind,
                rebuilt.number(kind),
                "line:" + u.lineNo(),
                u.field(),
                "",
                u.field(),
                CellStatus.NOT_READABLE,
                null,
                null,
                "",
                "",
                published.decimals(),
                u.lineNo(),
                0,
                0,
                u.message(),
                unit));
      }
      tallies.add(new TableTally(kind, rebuilt.number(kind), rebuilt.title(kind), counts, figures));
    }
    return new CellComparisonResult(tallies, findings);
  }

  /** The comparison of one table, walking the published cells, then the rebuilt-only ones. */
  private record TableComparer(
      TableKind kind,
      String number,
      TableSet set,
      DisclosureTable p,
      DisclosureTable r,
      RoundedTerms terms,
      MoneyUnit unit,
      Map<CellStatus, Integer> counts,
      Map<CellStatus, Integer> figures,
      List<CellFinding> findings) {

    void comparePublished() {
      if (p == null) {
        return;
      }
      for (TableRow row : p.rows()) {
        TableRow other =
            SubtotalRollup.of(kind, r, row)
                .or(() -> EconomicSubtotalRollup.of(kind, r, row))
                .or(() -> FunctionRollup.of(kind, r, row.key()))
                .or(() -> ClassRollup.of(kind, p, r, row.key()))
                .orElseGet(
                    () ->
                        r == null
                            ? null
                            : r.row(row.key()).or(() -> r.row(TableRow.OTHER_ROWS)).orElse(null));
        for (TableCell cell : row.cells()) {
          if (!CellValues.compared(cell)) {
            continue;
          }
          TableCell counterpart = other == null ? null : other.cell(cell.columnKey()).orElse(null);
          if (counterpart != null && counterpart.undetermined()) {
            // the ledger holds this figure at a coarser grain: nothing to compare it with
            continue;
          }
          CellVerdict verdict =
              counterpart == null
                  ? (CellValues.isBlank(cell) ? null : CellVerdict.of(CellStatus.NOT_IN_REBUILT))
                  : CellValues.judge(cell, counterpart, row, set.decimalsOf(cell), p, terms);
          record(verdict, row, other, cell, counterpart);
          if (verdict != null && cell.isMoney() && !cell.amount().isZero()) {
            figures.merge(verdict.status(), 1, Integer::sum);
          }
        }
      }
    }

    void reportRebuiltOnly() {
      // a table the document does not publish (its family has no such table) has nothing to miss
      if (r == null || p == null) {
        return;
      }
      Set<String> seen = new HashSet<>();
      if (p != null) {
        p.rows()
            .forEach(row -> row.cells().forEach(c -> seen.add(row.key() + "\n" + c.columnKey())));
        // the rebuilt rows a published function-only row was compared with, summed
        for (TableRow row : p.rows()) {
          if (ClassRollup.applies(kind, p, r, row.key())) {
            ClassRollup.covered(r, row.key())
                .forEach(
                    c -> c.cells().forEach(cell -> seen.add(c.key() + "\n" + cell.columnKey())));
          }
          if (FunctionRollup.of(kind, r, row.key()).isPresent()) {
            String function = row.key().substring(0, row.key().indexOf('|'));
            FunctionRollup.covered(r, function)
                .forEach(
                    c -> c.cells().forEach(cell -> seen.add(c.key() + "\n" + cell.columnKey())));
          }
        }
      }
      for (TableRow row : r.rows()) {
        if (PrintedLayout.hasNoPlaceFor(p, row)) {
          continue;
        }
        for (TableCell cell : row.cells()) {
          if (CellValues.compared(cell)
              && !CellValues.isBlank(cell)
              && !seen.contains(row.key() + "\n" + cell.columnKey())) {
            record(CellVerdict.of(CellStatus.NOT_IN_PUBLISHED), null, row, null, cell);
          }
        }
      }
    }

    private void record(
        CellVerdict verdict,
        TableRow publishedRow,
        TableRow rebuiltRow,
        TableCell published,
        TableCell rebuilt) {
      if (verdict == null) {
        return;
      }
      counts.merge(verdict.status(), 1, Integer::sum);
      if (verdict.status() == CellStatus.EXACT) {
        return;
      }
      TableRow row = publishedRow != null ? publishedRow : rebuiltRow;
      String column = published != null ? published.columnKey() : rebuilt.columnKey();
      findings.add(
          new CellFinding(
              kind,
              number,
              row.key(),
              column,
              CellValues.rowLabel(publishedRow, rebuiltRow),
              CellValues.columnLabel(p, r, column),
              verdict.status(),
              published == null ? null : published.amount(),
              rebuilt == null ? null : rebuilt.amount(),
              CellValues.shown(published, set),
              rebuilt == null ? "" : CellValues.exactText(rebuilt, unit),
              published == null ? set.decimals() : set.decimalsOf(published),
              published == null ? 0 : TableSet.lineOf(published),
              verdict.roundedTerms(),
              verdict.toleranceFen(),
              verdict.note(),
              unit));
    }
  }
}
