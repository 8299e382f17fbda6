package org.budgetledger.core.budget.api;

/** The invariants a department budget keeps; each rejection names one. */
public enum BudgetRule {
  BUDGET_ALREADY_OPEN("the budget is already open"),
  BUDGET_NOT_OPEN("the budget has not been opened"),
  YEAR_CLOSED("the fiscal year is closed"),
  UNKNOWN_UNIT("the unit is not a unit of this budget"),
  UNBALANCED("income legs must equal spending legs"),
  REALLOCATION_NOT_NET_ZERO(
      "a 调剂 moves money between lines: no income legs, spending nets to zero"),
  WRONG_SIGN("the entry type fixes the sign of its legs"),
  EMPTY_ENTRY("an entry needs at least one leg"),
  LINE_BELOW_ZERO("no spending line may fall below zero at any effective date"),
  INCOME_BELOW_ZERO("no income source may fall below zero at any effective date"),
  OUTSIDE_FISCAL_YEAR("the effective date must lie in the budget's fiscal year"),
  DUPLICATE_ENTRY_ID("the entry id is already used"),
  UNKNOWN_ENTRY("no such entry"),
  ALREADY_REVERSED("the entry has already been reversed"),
  REVERSAL_OF_REVERSAL("a reversal cannot be reversed; record the entry again instead"),
  INITIAL_BUDGET_EXISTS("the budget already has a 年初预算"),
  UNCLASSIFIED_LINE("only an import may record spending without economic codes"),
  BASIC_KIND_AGAINST_CODE(
      "a new basic line recorded by hand takes the kind its 部门经济分类 code gives (DOMAIN §2: 301/303"
          + " 人员经费, 302/310 公用经费); only a published document is imported as printed"),
  INVALID_INPUT("the command is incomplete"),
  REQUEST_ID_REUSED("a request id repeated with a different entry records nothing");

  private final String description;

  BudgetRule(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
