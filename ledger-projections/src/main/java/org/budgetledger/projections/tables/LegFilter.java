package org.budgetledger.projections.tables;

import java.util.Set;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;

/**
 * Which ledger legs make up a cell: a conjunction of conditions, each null (or empty) for "any".
 * The same filter sums balances for a table and selects the legs of a cell's provenance, in memory
 * or in SQL, so a cell and its trace can never disagree.
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
    String projectCode) {

  /** Spending legs (支出) or income legs (收入). */
  public enum Side {
    SPENDING,
    INCOME
  }

  public LegFilter {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    fundSources = fundSources == null ? Set.of() : Set.copyOf(fundSources);
    origins = origins == null ? Set.of() : Set.copyOf(origins);
  }

  public static LegFilter spending() {
    return new LegFilter(Side.SPENDING, null, null, null, null, null, null, null, null);
  }

  public static LegFilter income() {
    return new LegFilter(Side.INCOME, null, null, null, null, null, null, null, null);
  }

  public LegFilter unit(String unitCode) {
    return new LegFilter(side, unitCode, functionPrefix, govEconomicPrefix, deptEconomicPrefix,
        kinds, fundSources, origins, projectCode);
  }

  public LegFilter function(String prefix) {
    return new LegFilter(side, unit, prefix, govEconomicPrefix, deptEconomicPrefix, kinds,
        fundSources, origins, projectCode);
  }

  public LegFilter govEconomic(String prefix) {
    return new LegFilter(side, unit, functionPrefix, prefix, deptEconomicPrefix, kinds,
        fundSources, origins, projectCode);
  }

  public LegFilter deptEconomic(String prefix) {
    return new LegFilter(side, unit, functionPrefix, govEconomicPrefix, prefix, kinds, fundSources,
        origins, projectCode);
  }

  public LegFilter kinds(ExpenditureKind... values) {
    return new LegFilter(side, unit, functionPrefix, govEconomicPrefix, deptEconomicPrefix,
        Set.of(values), fundSources, origins, projectCode);
  }

  public LegFilter fundSources(FundSource... values) {
    return new LegFilter(side, unit, functionPrefix, govEconomicPrefix, deptEconomicPrefix, kinds,
        Set.of(values), origins, projectCode);
  }

  public LegFilter origins(Origin... values) {
    return new LegFilter(side, unit, functionPrefix, govEconomicPrefix, deptEconomicPrefix, kinds,
        fundSources, Set.of(values), projectCode);
  }

  public LegFilter project(String code) {
    return new LegFilter(side, unit, functionPrefix, govEconomicPrefix, deptEconomicPrefix, kinds,
        fundSources, origins, code);
  }

  public boolean matches(LineKey key) {
    return side == Side.SPENDING
        && (unit == null || unit.equals(key.unit().value()))
        && prefixMatches(functionPrefix, key.function() == null ? null : key.function().value())
        && prefixMatches(govEconomicPrefix,
            key.govEconomic() == null ? null : key.govEconomic().value())
        && prefixMatches(deptEconomicPrefix,
            key.deptEconomic() == null ? null : key.deptEconomic().value())
        && (kinds.isEmpty() || kinds.contains(key.kind()))
        && (fundSources.isEmpty() || fundSources.contains(key.fundSource()))
        && origins.isEmpty()
        && (projectCode == null
            || (key.project() != null && projectCode.equals(key.project().code())));
  }

  public boolean matches(IncomeKey key) {
    return side == Side.INCOME
        && (unit == null || unit.equals(key.unit().value()))
        && functionPrefix == null && govEconomicPrefix == null && deptEconomicPrefix == null
        && kinds.isEmpty() && projectCode == null
        && (fundSources.isEmpty() || fundSources.contains(key.fundSource()))
        && (origins.isEmpty() || origins.contains(key.origin()));
  }

  private static boolean prefixMatches(String prefix, String value) {
    return prefix == null || (value != null && value.startsWith(prefix));
  }
}
