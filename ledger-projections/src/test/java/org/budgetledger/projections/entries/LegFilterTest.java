package org.budgetledger.projections.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.UnitCode;
import org.junit.jupiter.api.Test;

class LegFilterTest {
  private static final LineKey TRAVEL = line("2101501", "50201", "30211");
  private static final LineKey TRAVEL_CHILD = line("2101501", "50201", "3021101");
  private static final LineKey UNDETAILED =
      new LineKey(
          UnitCode.of("201002"),
          FunctionCode.of("210"),
          null,
          null,
          ExpenditureKind.PROJECT,
          null,
          FundSource.GENERAL_BUDGET);

  @Test
  void prefixConditionsTakeInChildCodes() {
    LegFilter filter = LegFilter.spending().deptEconomic("30211");

    assertThat(filter.matches(TRAVEL)).isTrue();
    assertThat(filter.matches(TRAVEL_CHILD)).isTrue();
    assertThat(LegFilter.spending().function("210").matches(UNDETAILED)).isTrue();
  }

  @Test
  void exactConditionsSelectTheWholeCodeOnly() {
    LegFilter filter = LegFilter.spending().function("2101501").deptEconomic("30211").exact();

    assertThat(filter.matches(TRAVEL)).isTrue();
    assertThat(filter.matches(TRAVEL_CHILD)).isFalse();
    assertThat(LegFilter.spending().function("210").exact().matches(TRAVEL)).isFalse();
  }

  @Test
  void absentSelectsOnlyLinesWithoutEconomicDetail() {
    LegFilter filter =
        LegFilter.spending()
            .function("210")
            .govEconomic(LegFilter.ABSENT)
            .deptEconomic(LegFilter.ABSENT)
            .exact();

    assertThat(filter.matches(UNDETAILED)).isTrue();
    assertThat(filter.matches(TRAVEL)).isFalse();
  }

  @Test
  void anyOfSelectsSeveralUnrelatedDepartmentCodes() {
    LegFilter filter = LegFilter.spending().deptEconomicAnyOf("30217", "30211");

    assertThat(filter.matches(TRAVEL_CHILD)).isTrue();
    assertThat(filter.matches(line("2101501", "50206", "30217"))).isTrue();
    assertThat(filter.matches(line("2101501", "50101", "30101"))).isFalse();
    assertThat(filter.matches(UNDETAILED)).isFalse();
  }

  @Test
  void theFirstReleasedConstructorStillMeansPrefixesWithoutAlternatives() {
    LegFilter old =
        new LegFilter(
            LegFilter.Side.SPENDING,
            null,
            "210",
            null,
            null,
            null,
            Set.of(FundSource.GENERAL_BUDGET),
            null,
            null);

    assertThat(old.exactCodes()).isFalse();
    assertThat(old.deptEconomicAnyOf()).isEmpty();
    assertThat(old)
        .isEqualTo(LegFilter.spending().function("210").fundSources(FundSource.GENERAL_BUDGET));
  }

  /** 专项资金 is a part of 一般公共预算: an earmark condition selects that part, none selects all of it. */
  @Test
  void anEarmarkSelectsOnlyTheEarmarkedPartOfASource() {
    IncomeKey general =
        new IncomeKey(UnitCode.of("201001"), FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR);
    LegFilter special =
        LegFilter.income()
            .fundSources(FundSource.GENERAL_BUDGET)
            .earmarks(IncomeEarmark.SPECIAL_FUNDS);

    assertThat(special.matches(general, IncomeEarmark.SPECIAL_FUNDS)).isTrue();
    assertThat(special.matches(general, null)).isFalse();
    assertThat(special.matches(general)).isFalse();
    assertThat(LegFilter.income().matches(general, IncomeEarmark.SPECIAL_FUNDS)).isTrue();
    assertThat(LegFilter.income().matches(general, null)).isTrue();
    // spending carries no earmark: a filter asking for one selects no line
    assertThat(LegFilter.spending().earmarks(IncomeEarmark.SPECIAL_FUNDS).matches(UNDETAILED))
        .isFalse();
  }

  private static LineKey line(String function, String gov, String dept) {
    DeptEconomicCode code = DeptEconomicCode.of(dept);
    return new LineKey(
        UnitCode.of("201001"),
        FunctionCode.of(function),
        GovEconomicCode.of(gov),
        code,
        code.basicKind(),
        null,
        FundSource.GENERAL_BUDGET);
  }
}
