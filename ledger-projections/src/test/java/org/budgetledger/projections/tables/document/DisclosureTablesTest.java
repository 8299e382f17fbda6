package org.budgetledger.projections.tables.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.stereotype.Component;

/** Properties every rebuilt table holds, in both formats. */
class DisclosureTablesTest {

  static Stream<BudgetView> views() {
    return Stream.of(SeedViews.district(), SeedViews.municipal());
  }

  @ParameterizedTest
  @MethodSource("views")
  void buildsThirteenTablesInTheFormatsNumberingOrder(BudgetView view) {
    List<DisclosureTable> tables = DisclosureTables.standard().build(view);

    assertThat(tables).hasSize(13);
    assertThat(tables)
        .extracting(DisclosureTable::number)
        .containsExactly(
            "预算01表", "预算02表", "预算03表", "预算04表", "预算05表", "预算06表", "预算07表", "预算08表", "预算09表",
            "预算10表", "预算11表", "预算12表", "预算13表");
    assertThat(tables).extracting(DisclosureTable::unitLabel).containsOnly("金额单位：万元");
  }

  @ParameterizedTest
  @MethodSource("views")
  void everyMoneyCellIsTheSumOfWhatItsSourceSelects(BudgetView view) {
    int checked = 0;
    for (DisclosureTable table : DisclosureTables.standard().build(view)) {
      for (TableRow row : table.rows()) {
        for (TableCell cell : row.cells()) {
          if (!cell.isMoney()) {
            continue;
          }
          String where = table.kind() + " " + row.key() + " " + cell.columnKey();
          if (cell.source() instanceof CellSource.Legs legs) {
            assertThat(cell.amount()).as(where).isEqualTo(legSum(view, legs.filter()));
          } else if (cell.source() instanceof CellSource.Tags tags) {
            assertThat(cell.amount()).as(where).isEqualTo(tagSum(view, tags));
          } else {
            assertThat(cell.source()).as(where).isInstanceOf(CellSource.Fact.class);
            assertThat(table.kind() == TableKind.PROJECT_PERFORMANCE || cell.amount().isZero())
                .as(where + ": only 表12 targets and unmodelled zeros are facts")
                .isTrue();
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(150);
  }

  @ParameterizedTest
  @MethodSource("views")
  void everyTotalRowIsTheSumOfTheDetailRowsAbove(BudgetView view) {
    int totals = 0;
    for (DisclosureTable table : DisclosureTables.standard().build(view)) {
      TableRow total = table.row("total").orElse(null);
      List<TableRow> details =
          table.rows().stream()
              .filter(r -> r.type() == org.budgetledger.projections.tables.RowType.DETAIL)
              .toList();
      if (total == null || details.isEmpty()) {
        continue;
      }
      for (TableCell cell : total.cells()) {
        if (cell.isMoney()) {
          Fen sum =
              details.stream()
                  .map(r -> r.cell(cell.columnKey()).orElseThrow().amount())
                  .reduce(Fen.ZERO, Fen::plus);
          assertThat(cell.amount()).as(table.kind() + " total " + cell.columnKey()).isEqualTo(sum);
        }
      }
      totals++;
    }
    assertThat(totals).isGreaterThanOrEqualTo(5);
  }

  @ParameterizedTest
  @MethodSource("views")
  void rowKeysAreUniqueAndCellsFollowTheColumns(BudgetView view) {
    for (DisclosureTable table : DisclosureTables.standard().build(view)) {
      Set<String> keys = new HashSet<>();
      List<String> columns = table.columns().stream().map(Column::key).toList();
      for (TableRow row : table.rows()) {
        assertThat(keys.add(row.key())).as(table.kind() + " repeats " + row.key()).isTrue();
        assertThat(row.cells())
            .extracting(TableCell::columnKey)
            .as(table.kind() + " " + row.key())
            .isSubsetOf(columns)
            .doesNotHaveDuplicates();
      }
      assertThat(columns).as(table.kind() + " column keys").doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @MethodSource("views")
  void headersSpanExactlyTheLeafColumns(BudgetView view) {
    for (DisclosureTable table : DisclosureTables.standard().build(view)) {
      int width = table.header().get(0).stream().mapToInt(HeaderCell::colSpan).sum();
      assertThat(width).as(table.kind() + " header width").isEqualTo(table.columns().size());
      int leaves =
          table.header().stream()
              .flatMap(List::stream)
              .filter(c -> c.rowSpan() + level(table, c) == table.header().size())
              .mapToInt(HeaderCell::colSpan)
              .sum();
      assertThat(leaves).as(table.kind() + " leaf header cells").isEqualTo(table.columns().size());
    }
  }

  @ParameterizedTest
  @MethodSource("views")
  void everyBuilderIsASpringComponentUsableWithout(BudgetView view) {
    DisclosureTables tables = DisclosureTables.standard();
    for (TableKind kind : TableKind.values()) {
      assertThat(tables.build(view, kind).kind()).isEqualTo(kind);
    }
    List<Class<? extends DisclosureTableBuilder>> builders =
        List.of(
            org.budgetledger.projections.tables.incomeexpendituresummary
                .IncomeExpenditureSummaryBuilder.class,
            org.budgetledger.projections.tables.purchasedservices.PurchasedServicesBuilder.class,
            org.budgetledger.projections.tables.departmentperformance.DepartmentPerformanceBuilder
                .class);
    assertThat(builders).allMatch(b -> b.isAnnotationPresent(Component.class));
    assertThat(DisclosureTables.class.isAnnotationPresent(Component.class)).isTrue();
  }

  /** The header row a cell sits in. */
  private static int level(DisclosureTable table, HeaderCell cell) {
    for (int i = 0; i < table.header().size(); i++) {
      for (HeaderCell c : table.header().get(i)) {
        if (c == cell) {
          return i;
        }
      }
    }
    throw new AssertionError("not in header");
  }

  /** Sums independently of ViewSums, so the helper is checked too. */
  private static Fen legSum(BudgetView view, LegFilter filter) {
    long fen =
        view.lines().stream()
                .filter(l -> filter.matches(l.key()))
                .mapToLong(l -> l.amount().value())
                .sum()
            + view.income().stream()
                .filter(i -> filter.matches(i.key()))
                .mapToLong(i -> i.amount().value())
                .sum();
    return Fen.of(fen);
  }

  private static Fen tagSum(BudgetView view, CellSource.Tags source) {
    List<SpendingTag> ofKind = view.tags().stream().filter(t -> t.kind() == source.kind()).toList();
    if (source.occurrence() != null) {
      return ofKind.stream()
          .filter(t -> t.path().equals(source.pathPrefix()))
          .skip(source.occurrence())
          .findFirst()
          .map(SpendingTag::amount)
          .orElse(Fen.ZERO);
    }
    return Fen.of(
        ofKind.stream()
            .filter(
                t ->
                    t.path().size() >= source.pathPrefix().size()
                        && t.path()
                            .subList(0, source.pathPrefix().size())
                            .equals(source.pathPrefix()))
            .mapToLong(t -> t.amount().value())
            .sum());
  }
}
