package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.INCOME_SUMMARY;

/**
 * Whether a set of tables prints 上年结转 一般公共预算 apart from 一般公共预算支出表 (the central template): 财政拨款收支总表
 * carries 一般公共预算 over, and 一般公共预算支出表's 合计 is nearer this year's 一般公共预算 income (收入总表) than this
 * year's plus the carry-over. Rules 4 and 5 of DOMAIN §5 then read that table as this year's money,
 * which 财政拨款收支总表 spends together with the carry-over; a family whose table includes the carry-over
 * (Beijing) keeps them as written.
 */
final class CarryOverApart {
  private CarryOverApart() {}

  /**
   * 财政拨款收支总表's 上年结转 一般公共预算; where it prints its 上年结转 by no fund at all (Xi'an), that 上年结转, fiscal
   * money of no printed type which its 一般公共预算支出表 leaves out just the same.
   */
  static RuleFigure carried(Figures f) {
    RuleFigure general = f.of(FISCAL_APPROPRIATION_SUMMARY, "carryOver:GENERAL_BUDGET", "income");
    boolean typed =
        java.util.stream.Stream.of("GENERAL_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL")
            .anyMatch(
                fund ->
                    !f.of(FISCAL_APPROPRIATION_SUMMARY, "carryOver:" + fund, "income")
                        .amount()
                        .isZero());
    return typed ? general : f.of(FISCAL_APPROPRIATION_SUMMARY, "totals:carryOver", "income");
  }

  /** Whether 财政拨款收支总表 prints its 上年结转 by fund (the rule names the 一般公共预算 one). */
  static boolean typed(Figures f) {
    return !carried(f).rowKey().equals("totals:carryOver");
  }

  static boolean holds(Figures f) {
    long carried = carried(f).amount().value();
    if (carried == 0 || !f.has(GENERAL_BUDGET_EXPENDITURE)) {
      return false;
    }
    long table = f.of(GENERAL_BUDGET_EXPENDITURE, "total", "total").amount().value();
    long thisYear = f.of(INCOME_SUMMARY, "total", "GENERAL_BUDGET").amount().value();
    long withCarried =
        thisYear + f.of(INCOME_SUMMARY, "total", "carryOver:GENERAL_BUDGET").amount().value();
    if (withCarried == thisYear) {
      withCarried = thisYear + carried; // 收入总表 prints no 上年结转 by fund
    }
    return Math.abs(table - thisYear) < Math.abs(table - withCarried);
  }
}
