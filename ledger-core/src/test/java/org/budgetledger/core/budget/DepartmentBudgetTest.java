package org.budgetledger.core.budget;

import static org.budgetledger.core.budget.DistrictFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.BudgetYearClosedEvent;
import org.budgetledger.core.budget.api.ClassificationNamesRecordedEvent;
import org.budgetledger.core.budget.api.DisclosureImportedEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.budget.api.ImportOutcome;
import org.budgetledger.core.budget.api.NarrativeFiguresRecordedEvent;
import org.budgetledger.core.budget.api.OpenBudgetCommand;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.RenameUnitCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.budget.api.SpendingTagsRecordedEvent;
import org.budgetledger.core.budget.api.UnitRenamedEvent;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.core.model.UnitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The aggregate's rules, one nested class per command (six of them, hence the length): what each
 * records, and for each rejection no events, the exception and its message.
 */
class DepartmentBudgetTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  private AggregateTestFixture<DepartmentBudget> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(DepartmentBudget.class);
  }

  private static RecordEntryCommand entry(
      String id, EntryType type, List<IncomeLeg> in, List<SpendingLeg> out, LocalDate effective) {
    return new RecordEntryCommand(
        BUDGET, EntryId.of(id), type, in, out, effective, APPROVAL, "调整原因", FINANCE, "req-" + id);
  }

  private static EntryRecordedEvent recorded(RecordEntryCommand c) {
    return new EntryRecordedEvent(
        BUDGET,
        c.entryId(),
        c.type(),
        c.incomeLegs(),
        c.spendingLegs(),
        c.effectiveDate(),
        c.basis(),
        c.reason(),
        c.actor(),
        c.requestId(),
        null);
  }

  @Nested
  class OpenBudget {
    @Test
    void opensWithUnits() {
      var e = opened();
      fixture
          .givenNoPriorActivity()
          .when(
              new OpenBudgetCommand(
                  BUDGET, e.departmentName(), e.format(), 2, e.units(), JAN_1, APPROVAL, FINANCE))
          .expectSuccessfulHandlerExecution()
          .expectEvents(e);
    }

    @Test
    void rejectsBudgetWithoutUnits() {
      fixture
          .givenNoPriorActivity()
          .when(
              new OpenBudgetCommand(
                  BUDGET, "北京市东城区医疗保障局", opened().format(), 2, List.of(), JAN_1, APPROVAL, FINANCE))
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage("the command is incomplete: a budget needs at least one unit");
    }
  }

  @Nested
  class RecordEntry {
    @Test
    void recordsBalancedInitialBudget() {
      var e = initialBudget();
      fixture
          .given(opened())
          .when(
              new RecordEntryCommand(
                  BUDGET,
                  e.entryId(),
                  e.type(),
                  e.incomeLegs(),
                  e.spendingLegs(),
                  JAN_1,
                  APPROVAL,
                  "年初预算",
                  FINANCE,
                  "req-initial"))
          .expectEvents(e)
          .expectResultMessagePayload(EntryId.of("initial"));
    }

    @Test
    void rejectsSupplementOpeningABasicLineInTheKindItsCodeDoesNotBelongTo() {
      LineKey salaryAsPublic =
          line(BUREAU, "2101501", "50101", "30101", ExpenditureKind.BASIC_PUBLIC);
      var c =
          entry(
              "supplement",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("10.00"))),
              List.of(new SpendingLeg(salaryAsPublic, wan("10.00"))),
              JUNE_30);
      fixture
          .given(opened(), initialBudget())
          .when(c)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(
              BudgetRule.BASIC_KIND_AGAINST_CODE.description()
                  + ": spending leg 1 "
                  + salaryAsPublic
                  + ": 30101 is 人员经费, not 公用经费");
    }

    @Test
    void adjustsABasicLineAPublishedDocumentPrintedAgainstItsCode() {
      // imported as printed (30399 under 公用经费, as 杭州市公安局 2026), the line stays adjustable
      LineKey printed = line(BUREAU, "2101501", "50999", "30399", ExpenditureKind.BASIC_PUBLIC);
      var imported =
          recorded(
              entry(
                  "initial",
                  EntryType.INITIAL_BUDGET,
                  List.of(new IncomeLeg(GENERAL_BUDGET, wan("2425.38"))),
                  List.of(new SpendingLeg(printed, wan("2425.38"))),
                  JAN_1));
      var c =
          entry(
              "reduction",
              EntryType.REDUCTION,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("-25.38"))),
              List.of(new SpendingLeg(printed, wan("-25.38"))),
              JUNE_30);
      fixture.given(opened(), imported).when(c).expectEvents(recorded(c));
    }

    @Test
    void recordsInitialBudgetKeepingIncomeUnspentAsYearEndBalance() {
      var c =
          entry(
              "initial",
              EntryType.INITIAL_BUDGET,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("412.23"))),
              List.of(new SpendingLeg(BASIC_SALARY, wan("400.00"))),
              JAN_1);
      fixture.given(opened()).when(c).expectEvents(recorded(c));
    }

    @Test
    void rejectsInitialBudgetSpendingMoreThanItsIncome() {
      var c =
          entry(
              "initial",
              EntryType.INITIAL_BUDGET,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("399.99"))),
              List.of(new SpendingLeg(BASIC_SALARY, wan("400.00"))),
              JAN_1);
      fixture
          .given(opened())
          .when(c)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(
              "income legs must equal spending legs: income 399990000 fen"
                  + " ≠ spending 400000000 fen (difference -10000)");
    }

    @Test
    void reversesInitialBudgetWithYearEndBalanceByMirroringItsLegs() {
      var initial =
          recorded(
              entry(
                  "initial",
                  EntryType.INITIAL_BUDGET,
                  List.of(new IncomeLeg(GENERAL_BUDGET, wan("412.23"))),
                  List.of(new SpendingLeg(BASIC_SALARY, wan("400.00"))),
                  JAN_1));
      fixture
          .given(opened(), initial)
          .when(
              new ReverseEntryCommand(
                  BUDGET,
                  EntryId.of("x1"),
                  EntryId.of("initial"),
                  JUNE_30,
                  APPROVAL,
                  "撤销",
                  FINANCE,
                  "req-x1"))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsUnbalancedSupplement() {
      var c =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("10.00"))),
              List.of(new SpendingLeg(OFFICE, wan("9.99"))),
              JUNE_30);
      fixture
          .given(opened(), initialBudget())
          .when(c)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(
              "income legs must equal spending legs: income 10000000 fen"
                  + " ≠ spending 9990000 fen (difference 10000)");
    }

    @Test
    void recordsReallocationThatNetsToZero() {
      var c =
          entry(
              "r1",
              EntryType.REALLOCATION,
              List.of(),
              List.of(
                  new SpendingLeg(OFFICE, wan("-2.00")),
                  new SpendingLeg(COMMISSIONED, wan("2.00"))),
              JUNE_30);
      fixture.given(opened(), initialBudget()).when(c).expectEvents(recorded(c));
    }

    @Test
    void rejectsReallocationWithIncome() {
      var c =
          entry(
              "r1",
              EntryType.REALLOCATION,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("1.00"))),
              JUNE_30);
      fixture
          .given(opened(), initialBudget())
          .when(c)
          .expectNoEvents()
          .expectExceptionMessage(
              "a 调剂 moves money between lines: no income legs, spending"
                  + " nets to zero: 1 income legs, spending nets to 1000000 fen");
    }

    @Test
    void rejectsReductionThatTakesLineBelowZero() {
      var c =
          entry(
              "d1",
              EntryType.REDUCTION,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("-7.32"))),
              List.of(new SpendingLeg(OFFICE, wan("-7.32"))),
              JUNE_30);
      fixture
          .given(opened(), initialBudget())
          .when(c)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(
              "no spending line may fall below zero at any effective date:"
                  + " line "
                  + OFFICE
                  + " would be -10000 fen on 2026-06-30 (change of -7320000 fen"
                  + " effective 2026-06-30)");
    }

    @Test
    void rejectsBackdatedReductionThatBreaksALaterDate() {
      // 7.31 on Jan 1; a 调剂 on June 30 moves 7.00 away; a reduction of 1.00 backdated to March
      // leaves March at 6.31 but June at -0.69: rejected.
      var move =
          entry(
              "r1",
              EntryType.REALLOCATION,
              List.of(),
              List.of(
                  new SpendingLeg(OFFICE, wan("-7.00")),
                  new SpendingLeg(COMMISSIONED, wan("7.00"))),
              JUNE_30);
      var backdated =
          entry(
              "d1",
              EntryType.REDUCTION,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("-1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("-1.00"))),
              MARCH_1);
      fixture
          .given(opened(), initialBudget(), recorded(move))
          .when(backdated)
          .expectNoEvents()
          .expectExceptionMessage(
              "no spending line may fall below zero at any effective date:"
                  + " line "
                  + OFFICE
                  + " would be -690000 fen on 2026-06-30 (change of -1000000 fen"
                  + " effective 2026-03-01)");
    }

    @Test
    void rejectsIncomeSourceBelowZero() {
      IncomeKey other = new IncomeKey(BUREAU, FundSource.GOVERNMENT_FUND, Origin.CURRENT_YEAR);
      var c =
          entry(
              "d1",
              EntryType.REDUCTION,
              List.of(new IncomeLeg(other, wan("-1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("-1.00"))),
              JUNE_30);
      fixture
          .given(opened(), initialBudget())
          .when(c)
          .expectNoEvents()
          .expectExceptionMessage(
              "no income source may fall below zero at any effective date:"
                  + " income source "
                  + other
                  + " would be -1000000 fen on 2026-06-30 (change of"
                  + " -1000000 fen effective 2026-06-30)");
    }

    @Test
    void rejectsUnknownUnit() {
      LineKey elsewhere =
          line(UnitCode.of("201003"), "2101501", "50201", "30201", ExpenditureKind.BASIC_PUBLIC);
      var c =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("1.00"))),
              List.of(new SpendingLeg(elsewhere, wan("1.00"))),
              JUNE_30);
      fixture
          .given(opened())
          .when(c)
          .expectNoEvents()
          .expectExceptionMessage(
              "the unit is not a unit of this budget: spending leg 1 names"
                  + " unit 201003; the budget's units are [201001, 201002]");
    }

    @Test
    void rejectsNegativeSupplementLeg() {
      var c =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("-1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("-1.00"))),
              JUNE_30);
      fixture
          .given(opened(), initialBudget())
          .when(c)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class);
    }

    @Test
    void rejectsEffectiveDateOutsideFiscalYear() {
      var c =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("1.00"))),
              LocalDate.of(2027, 1, 5));
      fixture
          .given(opened())
          .when(c)
          .expectNoEvents()
          .expectExceptionMessage(
              "the effective date must lie in the budget's fiscal year:"
                  + " effective date 2027-01-05 is not in fiscal year 2026");
    }

    @Test
    void sameRequestTwiceYieldsFirstEntryAndRecordsNothing() {
      var first =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("5.00"))),
              List.of(new SpendingLeg(OFFICE, wan("5.00"))),
              JUNE_30);
      var again =
          new RecordEntryCommand(
              BUDGET,
              EntryId.of("s2"),
              first.type(),
              first.incomeLegs(),
              first.spendingLegs(),
              JUNE_30,
              first.basis(),
              first.reason(),
              FINANCE,
              first.requestId());
      fixture
          .given(opened(), initialBudget(), recorded(first))
          .when(again)
          .expectNoEvents()
          .expectResultMessagePayload(EntryId.of("s1"));
    }

    @Test
    void rejectsTheSameRequestIdWithAnotherAmount() {
      var first =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("5.00"))),
              List.of(new SpendingLeg(OFFICE, wan("5.00"))),
              JUNE_30);
      var other =
          new RecordEntryCommand(
              BUDGET,
              EntryId.of("s2"),
              first.type(),
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("6.00"))),
              List.of(new SpendingLeg(OFFICE, wan("6.00"))),
              JUNE_30,
              first.basis(),
              first.reason(),
              FINANCE,
              first.requestId());
      fixture
          .given(opened(), initialBudget(), recorded(first))
          .when(other)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(
              org.hamcrest.Matchers.containsString("already recorded entry s1"));
    }

    @Test
    void rejectsASecondInitialBudget() {
      var second =
          entry(
              "i2",
              EntryType.INITIAL_BUDGET,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("1.00"))),
              JUNE_30);
      fixture
          .given(opened(), initialBudget())
          .when(second)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(org.hamcrest.Matchers.containsString("already has its 年初预算"));
    }

    @Test
    void carryOverNeedsCarryOverIncome() {
      var c =
          entry(
              "c1",
              EntryType.CARRY_OVER,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("1.00"))),
              JUNE_30);
      fixture
          .given(opened())
          .when(c)
          .expectNoEvents()
          .expectExceptionMessage(
              "the entry type fixes the sign of its legs: income leg 1 of a"
                  + " 结转 must have origin CARRY_OVER (上年结转结余)");
    }
  }

  @Nested
  class ReverseEntry {
    private final ReverseEntryCommand reverseInitial =
        new ReverseEntryCommand(
            BUDGET,
            EntryId.of("rev1"),
            EntryId.of("initial"),
            JUNE_30,
            APPROVAL,
            "录入错误",
            FINANCE,
            "req-rev1");

    @Test
    void reversalNegatesEveryLegAndPointsAtTheEntry() {
      var target = initialBudget();
      fixture
          .given(opened(), target)
          .when(reverseInitial)
          .expectEvents(
              new EntryRecordedEvent(
                  BUDGET,
                  EntryId.of("rev1"),
                  EntryType.REVERSAL,
                  target.incomeLegs().stream().map(IncomeLeg::negated).toList(),
                  target.spendingLegs().stream().map(SpendingLeg::negated).toList(),
                  JUNE_30,
                  APPROVAL,
                  "录入错误",
                  FINANCE,
                  "req-rev1",
                  EntryId.of("initial")));
    }

    @Test
    void rejectsSecondReversal() {
      var first =
          new EntryRecordedEvent(
              BUDGET,
              EntryId.of("rev1"),
              EntryType.REVERSAL,
              initialBudget().incomeLegs().stream().map(IncomeLeg::negated).toList(),
              initialBudget().spendingLegs().stream().map(SpendingLeg::negated).toList(),
              JUNE_30,
              APPROVAL,
              "录入错误",
              FINANCE,
              "req-rev1",
              EntryId.of("initial"));
      fixture
          .given(opened(), initialBudget(), first)
          .when(
              new ReverseEntryCommand(
                  BUDGET,
                  EntryId.of("rev2"),
                  EntryId.of("initial"),
                  JUNE_30,
                  APPROVAL,
                  "again",
                  FINANCE,
                  "req-rev2"))
          .expectNoEvents()
          .expectExceptionMessage("the entry has already been reversed: entry initial");
    }

    @Test
    void rejectsUnknownEntry() {
      fixture
          .given(opened())
          .when(
              new ReverseEntryCommand(
                  BUDGET,
                  EntryId.of("rev1"),
                  EntryId.of("nope"),
                  JUNE_30,
                  APPROVAL,
                  "x",
                  FINANCE,
                  "req-x"))
          .expectNoEvents()
          .expectExceptionMessage("no such entry: entry nope in 2026-201");
    }
  }

  @Nested
  class CloseYear {
    @Test
    void closedYearTakesNoEntries() {
      var c =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("1.00"))),
              JUNE_30);
      fixture
          .given(
              opened(),
              initialBudget(),
              new BudgetYearClosedEvent(BUDGET, LocalDate.of(2026, 12, 31), APPROVAL, FINANCE))
          .when(c)
          .expectNoEvents()
          .expectExceptionMessage("the fiscal year is closed: budget 2026-201");
    }
  }

  /** 导入: one published document, recorded as one change or not at all. */
  @Nested
  class ImportDisclosure {
    private static final String HASH = "9f86d081884c7d65";
    private static final String FILE = "2026-dongcheng.txt";

    private ImportDisclosureCommand document(
        List<IncomeLeg> in,
        List<SpendingLeg> out,
        List<SpendingTag> tags,
        List<NarrativeFigure> narrative) {
      var o = opened();
      return new ImportDisclosureCommand(
          BUDGET,
          HASH,
          FILE,
          200,
          o.departmentName(),
          o.format(),
          o.displayDecimals(),
          o.units(),
          EntryId.of("import-1"),
          in,
          out,
          Map.of("2101501", "行政运行"),
          Map.of("50201", "办公经费"),
          Map.of("30201", "办公费"),
          tags,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          null,
          narrative,
          JAN_1,
          APPROVAL,
          FINANCE);
    }

    private ImportDisclosureCommand document() {
      var e = initialBudget();
      return document(e.incomeLegs(), e.spendingLegs(), List.of(), List.of());
    }

    private EntryRecordedEvent imported(ImportDisclosureCommand c) {
      return new EntryRecordedEvent(
          BUDGET,
          c.entryId(),
          EntryType.INITIAL_BUDGET,
          c.incomeLegs(),
          c.spendingLegs(),
          JAN_1,
          APPROVAL,
          "年初预算 imported from " + FILE,
          FINANCE,
          "import:" + HASH,
          null);
    }

    private ClassificationNamesRecordedEvent names(ImportDisclosureCommand c) {
      return new ClassificationNamesRecordedEvent(
          BUDGET,
          c.functionNames(),
          c.govEconomicNames(),
          c.deptEconomicNames(),
          JAN_1,
          APPROVAL,
          FINANCE);
    }

    private DisclosureImportedEvent disclosed() {
      return new DisclosureImportedEvent(BUDGET, HASH, FILE, 200, JAN_1, APPROVAL, FINANCE);
    }

    @Test
    void opensTheBudgetAndRecordsTheInitialBudgetAndTheNames() {
      var c = document();
      fixture
          .givenNoPriorActivity()
          .when(c)
          .expectSuccessfulHandlerExecution()
          .expectEvents(opened(), imported(c), names(c), disclosed())
          .expectResultMessagePayload(new ImportOutcome(false, EntryId.of("import-1")));
    }

    @Test
    void recordsTheDocumentsTagsAndNarrativeFiguresInTheSameChange() {
      var e = initialBudget();
      var tags =
          List.of(new SpendingTag(TagKind.PROCUREMENT, List.of("C-服务"), null, wan("192.71")));
      var narrative =
          List.of(
              new NarrativeFigure(
                  "income.previousYear", "上年年初预算数", wan("37402.11"), 2, "上年年初预算数 37,402.11 万元"));
      var c = document(e.incomeLegs(), e.spendingLegs(), tags, narrative);
      fixture
          .givenNoPriorActivity()
          .when(c)
          .expectEvents(
              opened(),
              imported(c),
              names(c),
              new SpendingTagsRecordedEvent(BUDGET, tags, JAN_1, APPROVAL, FINANCE),
              new NarrativeFiguresRecordedEvent(BUDGET, narrative, JAN_1, APPROVAL, FINANCE),
              disclosed());
    }

    @Test
    void importsIntoAnOpenBudgetWithoutOpeningItAgain() {
      var c = document();
      fixture.given(opened()).when(c).expectEvents(imported(c), names(c), disclosed());
    }

    @Test
    void sameDocumentTwiceRecordsNothingAndAnswersTheFirstEntry() {
      var c = document();
      fixture
          .given(opened(), imported(c), names(c), disclosed())
          .when(c)
          .expectNoEvents()
          .expectResultMessagePayload(new ImportOutcome(true, EntryId.of("import-1")));
    }

    @Test
    void rejectsASecondInitialBudget() {
      fixture
          .given(opened(), initialBudget())
          .when(document())
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(
              "the budget already has a 年初预算: budget 2026-201 already has"
                  + " one; record the differences of 2026-dongcheng.txt as adjustments");
    }

    @Test
    void rejectsUnbalancedLegsAndOpensNothing() {
      // spending beyond income; income beyond spending is the 年终结转结余 a budget may keep
      var c =
          document(
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("404.14"))),
              List.of(new SpendingLeg(BASIC_SALARY, wan("604.16"))),
              List.of(),
              List.of());
      fixture
          .givenNoPriorActivity()
          .when(c)
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage(
              "income legs must equal spending legs: income 404140000 fen"
                  + " ≠ spending 604160000 fen (difference -200020000)");
    }

    @Test
    void rejectsADocumentAfterTheYearIsClosed() {
      fixture
          .given(opened(), closed())
          .when(document())
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage("the fiscal year is closed: budget 2026-201");
    }
  }

  /** A unit a document listed without a name (单位1 …) gets its real name. */
  @Nested
  class RenameUnit {
    private RenameUnitCommand rename(UnitCode unit) {
      return new RenameUnitCommand(
          BUDGET, unit, "北京市东城区医疗保障事务中心", "财政补助事业单位", JUNE_30, APPROVAL, FINANCE);
    }

    @Test
    void renamesAUnitOfTheBudget() {
      fixture
          .given(opened())
          .when(rename(CENTRE))
          .expectSuccessfulHandlerExecution()
          .expectEvents(
              new UnitRenamedEvent(
                  BUDGET, CENTRE, "北京市东城区医疗保障事务中心", "财政补助事业单位", JUNE_30, APPROVAL, FINANCE));
    }

    @Test
    void aRenamedUnitKeepsTakingEntries() {
      var c =
          entry(
              "s1",
              EntryType.SUPPLEMENT,
              List.of(new IncomeLeg(GENERAL_BUDGET, wan("1.00"))),
              List.of(new SpendingLeg(OFFICE, wan("1.00"))),
              JUNE_30);
      fixture
          .given(
              opened(),
              initialBudget(),
              new UnitRenamedEvent(BUDGET, BUREAU, "新名称", "行政单位", MARCH_1, APPROVAL, FINANCE))
          .when(c)
          .expectEvents(recorded(c));
    }

    @Test
    void rejectsAUnitTheBudgetDoesNotHave() {
      fixture
          .given(opened())
          .when(rename(UnitCode.of("201009")))
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage("the unit is not a unit of this budget: unit 201009");
    }

    @Test
    void rejectsARenameAfterTheYearIsClosed() {
      fixture
          .given(opened(), closed())
          .when(rename(CENTRE))
          .expectNoEvents()
          .expectException(BudgetRuleViolation.class)
          .expectExceptionMessage("the fiscal year is closed: budget 2026-201");
    }
  }

  private static BudgetYearClosedEvent closed() {
    return new BudgetYearClosedEvent(BUDGET, LocalDate.of(2026, 12, 31), APPROVAL, FINANCE);
  }
}
