package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.GOVERNMENT_FUND_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.PROJECT_EXPENDITURE;

import java.util.List;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.projectexpenditure.ProjectColumn;

/**
 * Rule 3 of DOMAIN §5 for a family's 项目支出表 (project × fund source): each project's 合计 is the sum of
 * its sources and its 财政拨款 that of the three fiscal funds; the projects add up to the 合计 row in
 * every column; that 合计 is the 项目支出 of 支出总表, its 一般公共预算 that of 一般公共预算支出表 and its 政府性基金 that of
 * 政府性基金预算支出表. Not run where the document does not print the table; a check adding a column the
 * family does not print is not run ({@link ReconciliationRules}).
 */
final class ProjectExpenditureRules {
  private static final String T = "项目支出表";

  private ProjectExpenditureRules() {}

  static void check(Figures f, List<RuleCheck> out) {
    if (!f.has(PROJECT_EXPENDITURE)) {
      return;
    }
    var t = PROJECT_EXPENDITURE;
    List<TableRow> rows = f.rows(t, r -> r.type() != RowType.TOTAL);
    RowChecks sources = new RowChecks(3, T + " 合计 = 财政拨款 + 财政专户管理资金 + 单位资金 + 使用非财政拨款结余 + 上年结转");
    RowChecks fiscal = new RowChecks(3, T + " 财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算");
    for (TableRow row : rows) {
      String k = row.key();
      sources.add(
          k,
          List.of(f.of(t, k, "total")),
          List.of(
              f.of(t, k, "fiscal"),
              f.of(t, k, "FISCAL_SPECIAL_ACCOUNT"),
              f.of(t, k, "unitFunds"),
              f.of(t, k, "usedNonFiscalBalance"),
              f.of(t, k, "carryOver")));
      fiscal.add(
          k,
          List.of(f.of(t, k, "fiscal")),
          List.of(
              f.of(t, k, "GENERAL_BUDGET"),
              f.of(t, k, "GOVERNMENT_FUND"),
              f.of(t, k, "STATE_CAPITAL")));
    }
    sources.addTo(out);
    fiscal.addTo(out);
    List<TableRow> projects = f.details(t);
    for (ProjectColumn c : ProjectColumn.ALL) {
      out.add(
          RuleCheck.of(
              3,
              T + " 各项目之和 = 合计行（" + c.header() + "）",
              List.of(f.of(t, "total", c.key())),
              f.column(t, projects, c.key())));
    }
    across(f, out, EXPENDITURE_SUMMARY, "支出总表", ProjectColumn.ALL.get(0), null);
    across(
        f,
        out,
        GENERAL_BUDGET_EXPENDITURE,
        "一般公共预算支出表",
        ProjectColumn.ALL.get(2),
        ProjectCarryOverApart.carried(f, "GENERAL_BUDGET"));
    across(
        f,
        out,
        GOVERNMENT_FUND_EXPENDITURE,
        "政府性基金预算支出表",
        ProjectColumn.ALL.get(3),
        ProjectCarryOverApart.carried(f, "GOVERNMENT_FUND"));
  }

  /**
   * The 合计 row's column against the other table's 合计 row's 项目支出; with {@code carried} (the fund's
   * 上年结转 where the project table prints it as a source of its own, {@link ProjectCarryOverApart})
   * added to the column, since the other table spends this year's money and the carry-over
   * together.
   */
  private static void across(
      Figures f,
      List<RuleCheck> out,
      org.budgetledger.projections.tables.TableKind other,
      String name,
      ProjectColumn column,
      RuleFigure carried) {
    if (!f.has(other) || carried != null && ProjectCarryOverApart.undivided(f, carried)) {
      return;
    }
    List<RuleFigure> project = new java.util.ArrayList<>();
    project.add(f.of(PROJECT_EXPENDITURE, "total", column.key()));
    if (carried != null) {
      project.add(carried);
    }
    out.add(
        RuleCheck.of(
            3,
            T
                + " 合计行（"
                + column.header()
                + "）"
                + (carried == null ? "" : " + 财政拨款收支总表 上年结转" + column.header())
                + " = "
                + name
                + " 合计行（项目支出）",
            project,
            List.of(f.of(other, "total", "project"))));
  }
}
