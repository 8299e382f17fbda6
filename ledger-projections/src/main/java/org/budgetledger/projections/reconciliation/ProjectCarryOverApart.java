package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.PROJECT_EXPENDITURE;

/**
 * Whether a 项目支出表 prints last year's money as a source of its own: a column whose header names
 * carried-over money (上年结转, 上年结余、结转: the {@code carryOver} measure) holding money in its 合计 row.
 * Its fund columns are then this year's appropriations only (Shenzhen's 项目支出总表: 一般公共预算拨款 401,100.54
 * beside 上年结余、结转 8,073.01), while 一般公共预算支出表's 项目支出 spends both: the fund's 上年结转, as 财政拨款收支总表 prints
 * it, is added to the column before the two are compared. Where that carry-over is more than the
 * project table carries over in all, part of it pays 基本支出, which no table divides: the check is not
 * run ({@link #undivided}).
 */
final class ProjectCarryOverApart {
  private ProjectCarryOverApart() {}

  /**
   * 财政拨款收支总表's 上年结转 of {@code fund} where the project table prints its carry-over apart; {@code
   * null} where it prints none or the fund carries nothing over.
   */
  static RuleFigure carried(Figures f, String fund) {
    RuleFigure carried = f.of(FISCAL_APPROPRIATION_SUMMARY, "carryOver:" + fund, "income");
    if (!apart(f) || carried.amount().isZero()) {
      return null;
    }
    return carried;
  }

  /**
   * Whether {@code carried} may pay 基本支出 too: more of it than the project table carries over, so
   * the projects' share of it is printed nowhere.
   */
  static boolean undivided(Figures f, RuleFigure carried) {
    return carried != null && carried.amount().value() > projectCarryOver(f).amount().value();
  }

  private static boolean apart(Figures f) {
    return f.has(FISCAL_APPROPRIATION_SUMMARY) && !projectCarryOver(f).amount().isZero();
  }

  private static RuleFigure projectCarryOver(Figures f) {
    return f.of(PROJECT_EXPENDITURE, "total", "carryOver");
  }
}
