package org.budgetledger.projections.entries;

import java.util.Set;
import java.util.function.Consumer;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;

/**
 * Which ledger legs make up a cell: a conjunction of conditions, each null (or empty) for "any".
 * The same filter sums balances for a table and selects the legs of a cell's provenance, in memory
 * or in SQL, so a cell and its trace can never disagree.
 *
 * <p>Code conditions match a prefix of the code ({@code 210} selects every 卫生健康支出 line) unless
 * {@link #exactCodes} is set, when they must equal the code: a 支出总表 row {@code 30211} must not take
 * in the legs of its child {@code 3021101}. A code condition equal to {@link #ABSENT} selects lines
 * without that code (spending whose economic detail the source did not give). {@link
 * #deptEconomicAnyOf} selects legs whose department economic code starts with any of the given
 * prefixes: "三公" sums four unrelated codes in one cell.
 */
public record LegFilter(
    Side side,
    String unit,
    String functionPrefix,
    String govEconomicPrefix,
    String deptEconomicPrefix,
    Set<ExpenditureKind> kinds,
    Set<FundSource> fundSources,
    Set<Origin> origins,
    String projectCode,
    boolean exactCodes,
    Set<String> deptEconomicAnyOf,
    Set<IncomeEarmark> earmarks) {

  /** The code condition that selects lines without that code (SQL: {@code IS NULL}). */
  public static final String ABSENT = "-";

  /** Spending legs (支出) or income legs (收入). */
  public enum Side {
    SPENDING,
    INCOME
  }

  public LegFilter {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    fundSources = fundSources == null ? Set.of() : Set.copyOf(fundSources);
    origins = origins == null ? Set.of() : Set.copyOf(origins);
    deptEconomicAnyOf = deptEconomicAnyOf == null ? Set.of() : Set.copyOf(deptEconomicAnyOf);
    earmarks = earmarks == null ? Set.of() : Set.copyOf(earmarks);
  }

  /** The filter before earmarks: any income, earmarked or not. */
  public LegFilter(
      Side side,
      String unit,
      String functionPrefix,
      String govEconomicPrefix,
      String deptEconomicPrefix,
      Set<ExpenditureKind> kinds,
      Set<FundSource> fundSources,
      Set<Origin> origins,
      String projectCode,
      boolean exactCodes,
      Set<String> deptEconomicAnyOf) {
    this(
        side,
        unit,
        functionPrefix,
        govEconomicPrefix,
        deptEconomicPrefix,
        kinds,
        fundSources,
        origins,
        projectCode,
        exactCodes,
        deptEconomicAnyOf,
        Set.of());
  }

  /** The filter as first released: prefix matching, no alternatives. */
  public LegFilter(
      Side side,
      String unit,
      String functionPrefix,
      String govEconomicPrefix,
      String deptEconomicPrefix,
      Set<ExpenditureKind> kinds,
      Set<FundSource> fundSources,
      Set<Origin> origins,
      String projectCode) {
    this(
        side,
        unit,
        functionPrefix,
        govEconomicPrefix,
        deptEconomicPrefix,
        kinds,
        fundSources,
        origins,
        projectCode,
        false,
        Set.of());
  }

  public static LegFilter spending() {
    return new LegFilter(Side.SPENDING, null, null, null, null, null, null, null, null);
  }

  public static LegFilter income() {
    return new LegFilter(Side.INCOME, null, null, null, null, null, null, null, null);
  }

  public LegFilter unit(String unitCode) {
    return with(d -> d.unit = unitCode);
  }

  public LegFilter function(String prefix) {
    return with(d -> d.functionPrefix = prefix);
  }

  public LegFilter govEconomic(String prefix) {
    return with(d -> d.govEconomicPrefix = prefix);
  }

  public LegFilter deptEconomic(String prefix) {
    return with(d -> d.deptEconomicPrefix = prefix);
  }

  public LegFilter kinds(ExpenditureKind... values) {
    return with(d -> d.kinds = Set.of(values));
  }

  public LegFilter fundSources(FundSource... values) {
    return with(d -> d.fundSources = Set.of(values));
  }

  public LegFilter origins(Origin... values) {
    return with(d -> d.origins = Set.of(values));
  }

  public LegFilter project(String code) {
    return with(d -> d.projectCode = code);
  }

  /** Code conditions must equal the whole code, not only start it. */
  public LegFilter exact() {
    return with(d -> d.exactCodes = true);
  }

  /** The department economic code must start with one of these prefixes. */
  public LegFilter deptEconomicAnyOf(String... prefixes) {
    return with(d -> d.deptEconomicAnyOf = Set.of(prefixes));
  }

  /** Only income legs carrying one of these earmarks (专项资金): a part of a source, not a source. */
  public LegFilter earmarks(IncomeEarmark... values) {
    return with(d -> d.earmarks = Set.of(values));
  }

  /** This filter with one condition changed: the withers above name the condition, this copies. */
  private LegFilter with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new LegFilter(
        d.side,
        d.unit,
        d.functionPrefix,
        d.govEconomicPrefix,
        d.deptEconomicPrefix,
        d.kinds,
        d.fundSources,
        d.origins,
        d.projectCode,
        d.exactCodes,
        d.deptEconomicAnyOf,
        d.earmarks);
  }

  /** A filter's conditions while one of them is changed. */
  private static final class Draft {
    final Side side;
    String unit;
    String functionPrefix;
    String govEconomicPrefix;
    String deptEconomicPrefix;
    Set<ExpenditureKind> kinds;
    Set<FundSource> fundSources;
    Set<Origin> origins;
    String projectCode;
    boolean exactCodes;
    Set<String> deptEconomicAnyOf;
    Set<IncomeEarmark> earmarks;

    Draft(LegFilter f) {
      side = f.side;
      unit = f.unit;
      functionPrefix = f.functionPrefix;
      govEconomicPrefix = f.govEconomicPrefix;
      deptEconomicPrefix = f.deptEconomicPrefix;
      kinds = f.kinds;
      fundSources = f.fundSources;
      origins = f.origins;
      projectCode = f.projectCode;
      exactCodes = f.exactCodes;
      deptEconomicAnyOf = f.deptEconomicAnyOf;
      earmarks = f.earmarks;
    }
  }

  public boolean matches(LineKey key) {
    String dept = key.deptEconomic() == null ? null : key.deptEconomic().value();
    return side == Side.SPENDING
        && (unit == null || unit.equals(key.unit().value()))
        && codeMatches(functionPrefix, key.function() == null ? null : key.function().value())
        && codeMatches(
            govEconomicPrefix, key.govEconomic() == null ? null : key.govEconomic().value())
        && codeMatches(deptEconomicPrefix, dept)
        && (deptEconomicAnyOf.isEmpty()
            || (dept != null && deptEconomicAnyOf.stream().anyMatch(dept::startsWith)))
        && (kinds.isEmpty() || kinds.contains(key.kind()))
        && (fundSources.isEmpty() || fundSources.contains(key.fundSource()))
        && origins.isEmpty()
        && earmarks.isEmpty()
        && (projectCode == null
            || (key.project() != null && projectCode.equals(key.project().code())));
  }

  public boolean matches(IncomeKey key) {
    return matches(key, null);
  }

  /** Whether income on {@code key} carrying {@code earmark} (null: none) is selected. */
  public boolean matches(IncomeKey key, IncomeEarmark earmark) {
    return side == Side.INCOME
        && (unit == null || unit.equals(key.unit().value()))
        && functionPrefix == null
        && govEconomicPrefix == null
        && deptEconomicPrefix == null
        && deptEconomicAnyOf.isEmpty()
        && kinds.isEmpty()
        && projectCode == null
        && (fundSources.isEmpty() || fundSources.contains(key.fundSource()))
        && (origins.isEmpty() || origins.contains(key.origin()))
        && (earmarks.isEmpty() || (earmark != null && earmarks.contains(earmark)));
  }

  private boolean codeMatches(String condition, String value) {
    if (condition == null) {
      return true;
    }
    if (ABSENT.equals(condition)) {
      return value == null;
    }
    return value != null && (exactCodes ? value.equals(condition) : value.startsWith(condition));
  }
}
