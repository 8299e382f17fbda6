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

  /** 财政拨款收支总表's 上年结转 一般公共预算. */
  static RuleFigure carried(Figures f) {
    return f.of(FISCAL_APPROPRIATION_SUMMARY, "carryOver:GENERAL_BUDGET", "income");
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
