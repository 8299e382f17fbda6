package org.budgetledger.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing the published seeds, on each database: the tables rebuilt from events alone show the
 * published figures; a repeated import adds nothing; a broken document imports nothing.
 */
abstract class SeedImportContract {
  static final String DISTRICT = "2026-dongcheng-district-healthcare-security-bureau.txt";
  static final String MUNICIPAL = "2026-beijing-municipal-healthcare-security-bureau.txt";
  static final Actor IMPORTER = Actor.of("tester");

  @Autowired DisclosureImporter importer;
  @Autowired BudgetViews views;
  @Autowired DisclosureTables tables;
  @Autowired JdbcTemplate jdbc;

  static String seed(String file) throws IOException {
    return Files.readString(Path.of("..", "seeds", file));
  }

  long events() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  DisclosureTable table(String budget, TableKind kind) {
    BudgetView view = views.at(BudgetId.parse(budget), PointInTime.LATEST).orElseThrow();
    return tables.build(view, kind);
  }

  String printed(DisclosureTable t, String row, String column, int decimals) {
    return t.cell(row, column)
        .orElseThrow(() -> new AssertionError(row + "/" + column))
        .display(decimals);
  }

  @Test
  void districtTablesRebuiltFromEventsShowThePublishedFigures() throws IOException {
    ImportReport report = importer.importText(DISTRICT, seed(DISTRICT), IMPORTER);
    assertThat(report.status())
        .isIn(ImportReport.Status.IMPORTED, ImportReport.Status.ALREADY_IMPORTED);
    DisclosureTable spending = table("2026-201", TableKind.EXPENDITURE_SUMMARY);
    assertThat(spending.number()).isEqualTo("预算03表");
    assertThat(printed(spending, "2101501|50101|30101", "total", 2)).isEqualTo("404.14");
    assertThat(printed(spending, "2101199|50901|30307", "project", 2)).isEqualTo("39,449.00");
    DisclosureTable summary = table("2026-201", TableKind.INCOME_EXPENDITURE_SUMMARY);
    assertThat(printed(summary, "spending:210", "spending", 2)).isEqualTo("42,881.52");
    DisclosureTable performance = table("2026-201", TableKind.DEPARTMENT_PERFORMANCE);
    assertThat(performance.cell("funds:total", "amount").orElseThrow().amount().formatWan(6))
        .isEqualTo("43,667.284604");
  }

  @Test
  void sameDocumentTwiceImportsNothingNew() throws IOException {
    importer.importText(DISTRICT, seed(DISTRICT), IMPORTER);
    long before = events();
    ImportReport again = importer.importText("renamed-copy.txt", seed(DISTRICT), IMPORTER);
    assertThat(again.status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void anotherVersionOfAnImportedBudgetIsRefusedNotMerged() throws IOException {
    importer.importText(DISTRICT, seed(DISTRICT), IMPORTER);
    long before = events();
    String revised = seed(DISTRICT).replace("2026年2月12日", "2026年3月1日");
    ImportReport report = importer.importText("revised.txt", revised, IMPORTER);
    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).contains("already has a 年初预算").contains("adjustments"));
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void corruptedAmountImportsNothingAndNamesTheLine() throws IOException {
    long before = events();
    String corrupted = seed(DISTRICT).replace("404.14\t404.14", "4O4.14\t404.14");
    ImportReport report = importer.importText("corrupted.txt", corrupted, IMPORTER);
    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.lineNo()).isEqualTo(112);
              assertThat(p.field()).contains("支出总表");
            });
    assertThat(events()).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM imported_document WHERE file_name =" + " 'corrupted.txt'",
                Long.class))
        .isZero();
  }

  @Test
  void missingTableImportsNothing() throws IOException {
    long before = events();
    String text = seed(MUNICIPAL);
    int start = text.indexOf("预算04表 财政拨款收支总表");
    int end = text.indexOf("预算05表");
    ImportReport report =
        importer.importText(
            "missing-table.txt", text.substring(0, start) + text.substring(end), IMPORTER);
    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(report.problems()).anyMatch(p -> p.message().contains("not found"));
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void municipalGapIsItsOwnRowAndTotalsHold() throws IOException {
    ImportReport report = importer.importText(MUNICIPAL, seed(MUNICIPAL), IMPORTER);
    assertThat(report.status())
        .isIn(ImportReport.Status.IMPORTED, ImportReport.Status.ALREADY_IMPORTED);
    String budget = report.budgetId();
    DisclosureTable spending = table(budget, TableKind.EXPENDITURE_SUMMARY);
    assertThat(printed(spending, "210|-|-", "project", 6)).isEqualTo("81,779.000000");
    assertThat(printed(spending, "total", "total", 6)).isEqualTo("110,896.619602");
    assertThat(printed(spending, "2050803|50203|30216", "basic", 6)).isEqualTo("20.000000");
    DisclosureTable summary = table(budget, TableKind.INCOME_EXPENDITURE_SUMMARY);
    assertThat(printed(summary, "totals:carryOver", "income", 6)).isEqualTo("508.642853");
  }
}
