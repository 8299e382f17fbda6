package org.budgetledger.app.importer.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.importer.published.PublishedSeeds.wan;

import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.projections.reconciliation.CellComparison;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** The seeds as published tables: the builders' keys, printed fen, decimals and lines. */
class PublishedTablesTest {
  private final ParseResult district = PublishedSeeds.parse(PublishedSeeds.DISTRICT);
  private final ParseResult municipal = PublishedSeeds.parse(PublishedSeeds.MUNICIPAL);

  @Test
  void districtCellsCarryThePrintedFenDecimalsAndLine() {
    TableSet set = PublishedTables.tableSet(district);
    assertThat(set.tables()).hasSize(13);
    assertThat(set.exact()).isFalse();
    assertThat(set.unreadable()).isEmpty();
    TableCell salary =
        set.cell(TableKind.EXPENDITURE_SUMMARY, "2101501|50101|30101", "total").orElseThrow();
    assertThat(salary.amount()).isEqualTo(wan("404.14"));
    assertThat(salary.fixedDecimals()).isEqualTo(2);
    assertThat(salary.source()).isEqualTo(new CellSource.Printed(112, "404.14"));
    assertThat(set.amount(TableKind.INCOME_EXPENDITURE_SUMMARY, "spending:210", "spending"))
        .isEqualTo(wan("42,881.52"));
    assertThat(set.amount(TableKind.INCOME_SUMMARY, "201002", "GENERAL_BUDGET"))
        .isEqualTo(wan("3,164.27"));
    assertThat(set.amount(TableKind.GENERAL_BUDGET_EXPENDITURE, "201001|2101199", "project"))
        .isEqualTo(wan("39,449.00"));
    assertThat(set.amount(TableKind.PURCHASED_SERVICES, "01-公共服务|0104-社会保障服务|社会保险服务", "amount"))
        .isEqualTo(wan("196.95"));
    assertThat(set.amount(TableKind.DEPARTMENT_PERFORMANCE, "funds:total", "amount"))
        .isEqualTo(wan("43,667.284604"));
    assertThat(
            set.cell(TableKind.PROJECT_PERFORMANCE, "project:11010122700000399442#1", "total")
                .orElseThrow()
                .fixedDecimals())
        .isEqualTo(6);
  }

  @Test
  void districtProjectRowsWithoutAPrintedUnitHaveNoUnitCell() {
    TableSet set = PublishedTables.tableSet(district);
    assertThat(
            set.cell(TableKind.PROJECT_PERFORMANCE, "project:11010122700000399442#1", "unitName")
                .orElseThrow()
                .text())
        .isEqualTo("201001-北京市东城区医疗保障局本级");
    assertThat(
            set.cell(TableKind.PROJECT_PERFORMANCE, "project:11010124T000003015880#1", "unitName"))
        .isEmpty();
    assertThat(
            set.cell(TableKind.PROJECT_PERFORMANCE, "indicator:11010122700000399442#1:4", "value")
                .orElseThrow()
                .text())
        .isEqualTo("3");
  }

  @Test
  void municipalUnnamedUnitsAreKeyedByTheImportersCodes() {
    assertThat(DocumentCodes.departmentCode(municipal.document().header())).isEqualTo("XBB574F");
    assertThat(DocumentCodes.departmentCode(district.document().header())).isEqualTo("201");
    TableSet set = PublishedTables.tableSet(municipal);
    assertThat(set.amount(TableKind.GENERAL_BUDGET_EXPENDITURE, "XBB574F-U1|2101501", "total"))
        .isEqualTo(wan("4,247.250789"));
    assertThat(set.amount(TableKind.GENERAL_BUDGET_EXPENDITURE, "XBB574F-U4|2101504", "project"))
        .isEqualTo(wan("2,148.780000"));
    assertThat(
            set.amount(
                TableKind.PURCHASED_SERVICES, "01-公共服务|0115-公共信息与宣传服务|公共信息系统开发与维护服务#2", "amount"))
        .isEqualTo(wan("64.585291"));
    assertThat(
            set.amount(TableKind.PROJECT_PERFORMANCE, "project:11000026Y000003731429#2", "total"))
        .isEqualTo(wan("1,342.780000"));
    assertThat(
            set.cell(TableKind.PROJECT_PERFORMANCE, "project:11000022Y000000446043#1", "total")
                .orElseThrow()
                .fixedDecimals())
        .isEqualTo(1); // printed 149.4
    assertThat(set.amount(TableKind.THREE_PUBLIC_EXPENSES, "2026", "vehicles"))
        .isEqualTo(wan("25.420000"));
    assertThat(set.amount(TableKind.INCOME_SUMMARY, "total", "carryOver:GENERAL_BUDGET"))
        .isEqualTo(wan("508.642853"));
  }

  @Test
  void eachSeedComparedWithItselfIsExactInEveryCell() {
    for (ParseResult parsed : new ParseResult[] {district, municipal}) {
      TableSet set = PublishedTables.tableSet(parsed);
      CellComparisonResult result = CellComparison.compare(set, set);
      assertThat(result.findings()).isEmpty();
      assertThat(result.tallies()).hasSize(13);
      assertThat(result.count(CellStatus.EXACT)).isGreaterThan(1000);
    }
    TableSet set = PublishedTables.tableSet(municipal);
    assertThat(CellComparison.compare(set, set).tallies().get(2).count(CellStatus.EXACT))
        .isEqualTo(390); // 支出总表: 65 rows × 6 amounts, the 其中 columns empty but compared
  }
}
