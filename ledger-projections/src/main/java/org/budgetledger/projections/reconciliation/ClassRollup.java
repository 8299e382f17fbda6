package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * A fund table's row printed at 类 or 款 grain with no printed row under it (Xi'an's 政府性基金收支表 lists
 * its spending by 类 only) is compared with the rebuilt rows under that code summed: the ledger
 * holds the fund's lines by finer function codes than the document prints, and the comparison is at
 * the grain the document determines. A 类 under which the ledger holds none of the fund's money sums
 * to zero, a figure as definite as any other.
 */
final class ClassRollup {
  private static final Set<TableKind> FUND_TABLES =
      EnumSet.of(TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE);
  private static final Pattern COARSE_CODE = Pattern.compile("^\\d{3}(\\d{2})?$");
  private static final List<String> FIGURES = List.of("total", "basic", "project");

  private ClassRollup() {}

  /** The rebuilt rows under a published 类 or 款 row of a fund table, summed; empty otherwise. */
  static Optional<TableRow> of(
      TableKind kind, DisclosureTable published, DisclosureTable rebuilt, String publishedKey) {
    if (!applies(kind, published, rebuilt, publishedKey)) {
      return Optional.empty();
    }
    Map<String, Fen> sums = new LinkedHashMap<>();
    FIGURES.forEach(column -> sums.put(column, Fen.ZERO));
    for (TableRow row : covered(rebuilt, publishedKey)) {
      for (TableCell cell : row.cells()) {
        if (cell.isMoney() && sums.containsKey(cell.columnKey())) {
          sums.merge(cell.columnKey(), cell.amount(), Fen::plus);
        }
      }
    }
    LegFilter legs =
        LegFilter.spending()
            .fundSources(
                kind == TableKind.GOVERNMENT_FUND_EXPENDITURE
                    ? FundSource.GOVERNMENT_FUND
                    : FundSource.STATE_CAPITAL)
            .function(publishedKey);
    Map<String, LegFilter> sources =
        Map.of(
            "total",
            legs,
            "basic",
            legs.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC),
            "project",
            legs.kinds(ExpenditureKind.PROJECT));
    List<TableCell> cells = new ArrayList<>();
    sums.forEach(
        (column, sum) ->
            cells.add(TableCell.money(column, sum, new CellSource.Legs(sources.get(column)))));
    return Optional.of(new TableRow(publishedKey, RowType.SUBTOTAL, cells));
  }

  /** Whether {@link #of} sums the rebuilt rows for this published row. */
  static boolean applies(
      TableKind kind, DisclosureTable published, DisclosureTable rebuilt, String publishedKey) {
    return FUND_TABLES.contains(kind)
        && rebuilt != null
        && published != null
        && COARSE_CODE.matcher(publishedKey).matches()
        && published.rows().stream()
            .noneMatch(r -> !r.key().equals(publishedKey) && r.key().startsWith(publishedKey));
  }

  /** The rebuilt rows whose function code is {@code code} or under it. */
  static List<TableRow> covered(DisclosureTable rebuilt, String code) {
    return rebuilt.rows().stream()
        .filter(r -> r.type() != RowType.TOTAL && r.key().startsWith(code))
        .toList();
  }
}
