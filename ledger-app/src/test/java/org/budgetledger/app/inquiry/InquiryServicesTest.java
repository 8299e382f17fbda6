package org.budgetledger.app.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetledger.app.inquiry.InquiryLedger.END_OF_JUNE;
import static org.budgetledger.app.inquiry.InquiryLedger.OFFICE_ROW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.inquiry.diff.CellChange;
import org.budgetledger.app.inquiry.diff.ChangeSummary;
import org.budgetledger.app.inquiry.diff.DepartmentChanges;
import org.budgetledger.app.inquiry.diff.TableChangeSummary;
import org.budgetledger.app.inquiry.diff.TableChanges;
import org.budgetledger.app.inquiry.diff.TableDiff;
import org.budgetledger.app.inquiry.provenance.CellHistory;
import org.budgetledger.app.inquiry.provenance.CellProvenance;
import org.budgetledger.app.inquiry.provenance.CellTrace;
import org.budgetledger.app.inquiry.provenance.HistoryStep;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The inquiry services on the backdated-adjustment ledger; figures in exact fen. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:inquiry;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryServicesTest {
  @Autowired LedgerCommands commands;
  @Autowired TableInquiry tables;
  @Autowired CellTrace trace;
  @Autowired TableDiff diff;
  @Autowired ChangeSummary changes;
  InquiryLedger ledger;
  PointInTime juneAsOfJuly;
  PointInTime juneAsOfSeptember;

  @BeforeAll
  void recordLedger() {
    ledger = InquiryLedger.record(commands);
    juneAsOfJuly = new PointInTime(ledger.july, END_OF_JUNE);
    juneAsOfSeptember = new PointInTime(ledger.september, END_OF_JUNE);
  }

  long office(PointInTime at) {
    DisclosureTable table = tables.table(ledger.budget, "03", at).tables().get(0);
    return TableInquiry.cell(table, OFFICE_ROW, "total").amount().value();
  }

  @Test
  void backdatedAdjustmentShowsInJuneAsOfSeptemberNotAsOfJuly() {
    assertThat(office(juneAsOfJuly)).isEqualTo(9_310_000L);
    assertThat(office(juneAsOfSeptember)).isEqualTo(10_544_567L);
    assertThat(office(PointInTime.LATEST)).isEqualTo(10_044_567L);
    assertThat(office(PointInTime.asOf(ledger.july))).isEqualTo(9_310_000L);
  }

  @Test
  void tableArgumentTakesNumberLabelOrContentName() {
    for (String name : List.of("03", "3", "预算03表", "expenditure-summary", "支出总表")) {
      assertThat(tables.table(ledger.budget, name, PointInTime.LATEST).tables().get(0).number())
          .isEqualTo("预算03表");
    }
    assertThat(tables.table(ledger.budget, "04", PointInTime.LATEST).tables().get(0).title())
        .isEqualTo("2026年部门（单位）政府采购预算明细表");
    assertThatThrownBy(() -> tables.table(ledger.budget, "99", PointInTime.LATEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("预算99表");
  }

  @Test
  void allThirteenTablesWithProgress() {
    List<String> steps = new ArrayList<>();
    DepartmentTables set =
        tables.tables(
            ledger.budget,
            juneAsOfSeptember,
            (label, done, total) -> steps.add(label + " " + done + "/" + total));
    assertThat(set.tables()).hasSize(13);
    assertThat(set.decimals()).isEqualTo(2);
    assertThat(steps).startsWith("预算01表 1/13").endsWith("预算13表 13/13");
  }

  @Test
  void traceListsEveryLegAndTheLegsSumToTheCell() {
    CellProvenance p =
        trace.trace(ledger.budget, "expenditure-summary", OFFICE_ROW, "total", PointInTime.LATEST);
    assertThat(p.source()).isEqualTo("legs");
    assertThat(p.amountFen()).isEqualTo(10_044_567L);
    assertThat(p.display()).isEqualTo("10.04");
    assertThat(p.legs())
        .extracting(TracedLeg::entryId)
        .containsExactly("initial", "s1", "b1", "r1");
    assertThat(p.legs())
        .extracting(TracedLeg::amountFen)
        .containsExactly(7_310_000L, 2_000_000L, 1_234_567L, -500_000L);
    assertThat(p.legs().stream().mapToLong(TracedLeg::amountFen).sum()).isEqualTo(p.amountFen());
    TracedLeg backdated = p.legs().get(2);
    assertThat(backdated.typeName()).isEqualTo("追加");
    assertThat(backdated.effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(backdated.recordedAt()).isAfter(ledger.july).isBefore(ledger.september);
    assertThat(backdated.basisNumber()).isEqualTo("东财预〔2026〕8号");
    assertThat(backdated.reason()).isEqualTo("追加办公经费");
    assertThat(backdated.actor()).isEqualTo("auditor-test");
    assertThat(p.legs().get(3).type()).isEqualTo(EntryType.REALLOCATION);
  }

  @Test
  void traceOfTheJuneCellAsOfJulyLeavesOutTheBackdatedLeg() {
    CellProvenance p = trace.trace(ledger.budget, "03", OFFICE_ROW, "total", juneAsOfJuly);
    assertThat(p.legs()).extracting(TracedLeg::entryId).containsExactly("initial", "s1");
    assertThat(p.amountFen()).isEqualTo(9_310_000L);
  }

  @Test
  void historyRunsInEffectiveOrderWithRunningValues() {
    CellHistory h = trace.history(ledger.budget, "03", OFFICE_ROW, "total", PointInTime.LATEST);
    // b1 was recorded after r1 but took effect before it
    assertThat(h.steps())
        .extracting(HistoryStep::entryId)
        .containsExactly("initial", "s1", "b1", "r1");
    assertThat(h.steps())
        .extracting(HistoryStep::deltaFen)
        .containsExactly(7_310_000L, 2_000_000L, 1_234_567L, -500_000L);
    assertThat(h.steps())
        .extracting(HistoryStep::runningFen)
        .containsExactly(7_310_000L, 9_310_000L, 10_544_567L, 10_044_567L);
    assertThat(h.finalFen()).isEqualTo(10_044_567L);
    assertThat(h.steps().get(2).runningWan()).isEqualTo("10.544567");
  }

  @Test
  void historyOfATextCellIsRefused() {
    assertThatThrownBy(
            () -> trace.history(ledger.budget, "03", OFFICE_ROW, "function", PointInTime.LATEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a sum of ledger legs");
    assertThatThrownBy(
            () -> trace.trace(ledger.budget, "03", "no-such-row", "total", PointInTime.LATEST))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no row 'no-such-row' in 预算03表");
  }

  @Test
  void diffNamesTheChangedCellsAndTheEntriesThatCausedThem() {
    TableChanges d = diff.diff(ledger.budget, "03", juneAsOfJuly, juneAsOfSeptember);
    assertThat(d.changes())
        .extracting(c -> c.row() + "/" + c.column())
        .containsExactly(
            OFFICE_ROW + "/total", OFFICE_ROW + "/basic", "total/total", "total/basic");
    CellChange office = d.changes().get(0);
    assertThat(office.oldFen()).isEqualTo(9_310_000L);
    assertThat(office.newFen()).isEqualTo(10_544_567L);
    assertThat(office.deltaFen()).isEqualTo(1_234_567L);
    assertThat(office.addedLegs()).extracting(TracedLeg::entryId).containsExactly("b1");
    assertThat(office.removedLegs()).isEmpty();
    assertThat(d.changes().get(2).oldFen()).isEqualTo(413_450_000L);
    assertThat(d.changes().get(2).newFen()).isEqualTo(414_684_567L);
  }

  @Test
  void diffBackwardsListsTheLegsThatDropOut() {
    TableChanges d = diff.diff(ledger.budget, "03", juneAsOfSeptember, juneAsOfJuly);
    assertThat(d.changes().get(0).deltaFen()).isEqualTo(-1_234_567L);
    assertThat(d.changes().get(0).removedLegs())
        .extracting(TracedLeg::entryId)
        .containsExactly("b1");
  }

  @Test
  void diffOnTheEffectiveAxisSeesTheReallocation() {
    TableChanges d =
        diff.diff(ledger.budget, "03", PointInTime.effective(END_OF_JUNE), PointInTime.LATEST);
    assertThat(d.changes())
        .extracting(c -> c.row() + "/" + c.column() + " " + c.deltaFen())
        .contains(OFFICE_ROW + "/total -500000", InquiryLedger.SALARY_ROW + "/total 500000");
    assertThat(d.changes().get(0).addedLegs()).extracting(TracedLeg::entryId).containsOnly("r1");
  }

  @Test
  void emptyDiffSaysSo() {
    TableChanges d =
        diff.diff(
            ledger.budget,
            "03",
            PointInTime.effective(LocalDate.of(2026, 4, 1)),
            PointInTime.effective(LocalDate.of(2026, 5, 31)));
    assertThat(d.changes()).isEmpty();
    assertThat(d.message()).startsWith("No cell of 预算03表 changed between");
  }

  @Test
  void changeSummaryNamesTheTablesThatChangedAndByHowMuch() {
    DepartmentChanges c =
        changes.changes(ledger.budget, juneAsOfJuly, juneAsOfSeptember, Progress.NONE);
    assertThat(c.tables())
        .extracting(TableChangeSummary::tableNumber)
        .contains("预算01表", "预算02表", "预算03表", "预算05表", "预算06表", "预算07表")
        .doesNotContain("预算04表", "预算08表", "预算10表");
    TableChangeSummary expenditure =
        c.tables().stream().filter(t -> t.tableNumber().equals("预算03表")).findFirst().orElseThrow();
    assertThat(expenditure.changedCells()).isEqualTo(4);
    assertThat(expenditure.totalChangeFen()).isEqualTo(1_234_567L);
    assertThat(expenditure.table()).isEqualTo("expenditure-summary");
    assertThat(changes.changes(ledger.budget, juneAsOfJuly, juneAsOfJuly, Progress.NONE).message())
        .startsWith("No table changed");
  }
}
