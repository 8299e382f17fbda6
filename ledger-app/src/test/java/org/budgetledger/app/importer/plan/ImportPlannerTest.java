package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.junit.jupiter.api.Test;

/** The reconstruction on the two published seeds: exact figures from their tables. */
class ImportPlannerTest {
  static final String DISTRICT = "2026-dongcheng-district-healthcare-security-bureau.txt";
  static final String MUNICIPAL = "2026-beijing-municipal-healthcare-security-bureau.txt";

  static ImportPlan plan(String file) throws IOException {
    String text = Files.readString(Path.of("..", "seeds", file));
    return new ImportPlanner()
        .plan(new DisclosureDocumentParser().parse(file, text), Actor.of("importer"));
  }

  static long spending(ImportDisclosureCommand c) {
    return c.spendingLegs().stream().mapToLong(l -> l.amount().value()).sum();
  }

  @Test
  void districtTotalsAreTheExactFiguresOfTable13() throws IOException {
    ImportDisclosureCommand c = plan(DISTRICT).command();
    assertThat(c.budgetId().toString()).isEqualTo("2026-201");
    assertThat(spending(c)).isEqualTo(Fen.parseWan("43,667.284604").value());
    assertThat(
            c.spendingLegs().stream()
                .filter(l -> l.key().kind().isBasic())
                .mapToLong(l -> l.amount().value())
                .sum())
        .isEqualTo(Fen.parseWan("2,858.839510").value());
    assertThat(c.incomeLegs().stream().mapToLong(l -> l.amount().value()).sum())
        .isEqualTo(spending(c));
    assertThat(c.spendingLegs()).allSatisfy(l -> assertThat(l.derivation()).isNotNull());
  }

  @Test
  void districtUnitsRoundToTheirIncomeRows() throws IOException {
    ImportDisclosureCommand c = plan(DISTRICT).command();
    Map<String, Long> byUnit =
        c.spendingLegs().stream()
            .collect(
                Collectors.groupingBy(
                    l -> l.key().unit().value(), Collectors.summingLong(l -> l.amount().value())));
    assertThat(Fen.of(byUnit.get("201001")).formatWan(2)).isEqualTo("40,503.02");
    assertThat(Fen.of(byUnit.get("201002")).formatWan(2)).isEqualTo("3,164.27");
    assertThat(c.units()).extracting(u -> u.code().value()).containsExactly("201001", "201002");
  }

  @Test
  void districtBasicSalaryIsTheOnlyUnitsLineAndRoundsToThePrintedFigure() throws IOException {
    List<SpendingLeg> salary =
        plan(DISTRICT).command().spendingLegs().stream()
            .filter(
                l ->
                    l.key().function().value().equals("2101501")
                        && l.key().deptEconomic().value().equals("30101"))
            .toList();
    assertThat(salary).hasSizeGreaterThanOrEqualTo(1);
    long sum = salary.stream().mapToLong(l -> l.amount().value()).sum();
    assertThat(Fen.of(sum).formatWan(2)).isEqualTo("404.14");
  }

  @Test
  void municipalGapIsRecordedOnItsOwnLineNotSpreadOverInventedRows() throws IOException {
    ImportPlan plan = plan(MUNICIPAL);
    ImportDisclosureCommand c = plan.command();
    assertThat(spending(c)).isEqualTo(Fen.parseWan("110,896.619602").value());
    List<SpendingLeg> gap =
        c.spendingLegs().stream().filter(l -> l.key().isUnclassified()).toList();
    assertThat(gap)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.amount()).isEqualTo(Fen.parseWan("81,779.000000"));
              assertThat(l.key().function().value()).isEqualTo("210");
              assertThat(l.key().kind()).isEqualTo(ExpenditureKind.PROJECT);
              assertThat(l.derivation().rule()).isEqualTo("GAP_RESIDUAL");
            });
    assertThat(plan.notes()).anyMatch(n -> n.contains("81,779.000000"));
  }

  @Test
  void municipalIncomeIsTheDepartmentsWithItsCarryOver() throws IOException {
    ImportDisclosureCommand c = plan(MUNICIPAL).command();
    assertThat(c.incomeLegs())
        .extracting(IncomeLeg::amount)
        .containsExactlyInAnyOrder(Fen.parseWan("508.642853"), Fen.parseWan("110,387.976749"));
    assertThat(c.incomeLegs())
        .filteredOn(l -> l.key().origin() == Origin.CARRY_OVER)
        .extracting(IncomeLeg::amount)
        .containsExactly(Fen.parseWan("508.642853"));
    assertThat(c.units()).hasSize(6); // 4 unnamed units, the gap unit, the department's income
  }

  @Test
  void municipalExactRowsAreTheirPrintedFigures() throws IOException {
    ImportDisclosureCommand c = plan(MUNICIPAL).command();
    long training =
        c.spendingLegs().stream()
            .filter(
                l ->
                    !l.key().isUnclassified()
                        && l.key().function().value().equals("2050803")
                        && l.key().govEconomic().value().equals("50203"))
            .mapToLong(l -> l.amount().value())
            .sum();
    assertThat(training).isEqualTo(Fen.parseWan("101.812380").value());
  }
}
