package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_BASIC;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.INCOME_SUMMARY;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/** Rules 5 and 6 of DOMAIN §5: 一般公共预算支出表 and 基本支出表, and how they meet 支出总表. */
final class GeneralBudgetRules {
  private static final List<String> GBE_AMOUNTS =
      List.of("total", "basic", "personnel", "public", "project", "projectExcludingCapital");

  private GeneralBudgetRules() {}

  static void generalBudget(Figures f, List<RuleCheck> out) {
    if (!f.has(GENERAL_BUDGET_EXPENDITURE)) {
      return;
    }
    var t = GENERAL_BUDGET_EXPENDITURE;
    RowChecks split = new RowChecks(5, "一般公共预算支出表 合计 = 基本支出 + 项目支出");
    RowChecks basic = new RowChecks(5, "一般公共预算支出表 基本支出 = 人员经费 + 公用经费");
    for (TableRow row : f.rows(t, r -> true)) {
      List<RuleFigure> parts =
          new ArrayList<>(List.of(f.of(t, row.key(), "basic"), f.of(t, row.key(), "project")));
      if (row.cell(Cells.RESERVE).isPresent()) {
        parts.add(f.of(t, row.key(), Cells.RESERVE));
      }
      split.add(row.key(), List.of(f.of(t, row.key(), "total")), parts);
      basic.add(
          row.key(),
          List.of(f.of(t, row.key(), "basic")),
          List.of(f.of(t, row.key(), "personnel"), f.of(t, row.key(), "public")));
    }
    split.addTo(out);
    basic.addTo(out);
    List<TableRow> details = f.details(t);
    for (String column : GBE_AMOUNTS) {
      out.add(
          RuleCheck.of(
              5,
              "一般公共预算支出表 各行之和 = 合计行（" + column + "）",
              List.of(f.of(t, "total", column)),
              f.column(t, details, column)));
    }
    if (CarryOverApart.holds(f)) {
      out.add(
          RuleCheck.of(
              5,
              "一般公共预算支出表 合计 = 收入总表 一般公共预算（本年；上年结转另列）",
              List.of(f.of(t, "total", "total")),
              List.of(f.of(INCOME_SUMMARY, "total", "GENERAL_BUDGET"))));
    } else {
      out.add(
          RuleCheck.of(
              5,
              "一般公共预算支出表 合计 = 收入总表 一般公共预算（本年 + 上年结转）",
              List.of(f.of(t, "total", "total")),
              List.of(
                  f.of(INCOME_SUMMARY, "total", "GENERAL_BUDGET"),
                  f.of(INCOME_SUMMARY, "total", "carryOver:GENERAL_BUDGET"))));
    }
    RowChecks units = new RowChecks(5, "一般公共预算支出表 单位各行之和 = 收入总表 该单位一般公共预算");
    TreeSet<String> unitCodes = new TreeSet<>();
    details.forEach(r -> unitCodes.add(r.key().substring(0, r.key().indexOf('|'))));
    for (String unit : unitCodes) {
      if (f.rows(INCOME_SUMMARY, r -> r.key().equals(unit)).isEmpty()) {
        continue; // the municipal 收入总表 prints no unit rows
      }
      units.add(
          unit,
          List.of(
              f.of(INCOME_SUMMARY, unit, "GENERAL_BUDGET"),
              f.of(INCOME_SUMMARY, unit, "carryOver:GENERAL_BUDGET")),
          f.column(
              t, details.stream().filter(r -> r.key().startsWith(unit + "|")).toList(), "total"));
    }
    units.addTo(out);
    // 支出总表 does not show fund sources: only when every yuan is 一般公共预算 do its rows by
    // function equal this table's.
    if (f.of(EXPENDITURE_SUMMARY, "total", "total")
            .amount()
            .equals(f.of(t, "total", "total").amount())
        && f.has(EXPENDITURE_SUMMARY)) {
      byKey(
          f,
          out,
          5,
          "一般公共预算支出表 按功能科目 = 支出总表 同科目（全部支出为一般公共预算）",
          t,
          r -> r.key().substring(r.key().indexOf('|') + 1),
          r -> r.key().substring(0, r.key().indexOf('|')),
          List.of("total", "basic", "project"),
          List.of("total", "basic", "project"));
    }
  }

  static void basic(Figures f, List<RuleCheck> out) {
    if (!f.has(GENERAL_BUDGET_BASIC)) {
      return;
    }
    var t = GENERAL_BUDGET_BASIC;
    RowChecks split = new RowChecks(6, "基本支出表 合计 = 人员经费 + 公用经费");
    for (TableRow row : f.rows(t, r -> true)) {
      split.add(
          row.key(),
          List.of(f.of(t, row.key(), "total")),
          List.of(f.of(t, row.key(), "personnel"), f.of(t, row.key(), "public")));
    }
    split.addTo(out);
    List<TableRow> details = f.details(t);
    for (String column : List.of("total", "personnel", "public")) {
      out.add(
          RuleCheck.of(
              6,
              "基本支出表 各行之和 = 合计行（" + column + "）",
              List.of(f.of(t, "total", column)),
              f.column(t, details, column)));
    }
    if (f.has(GENERAL_BUDGET_EXPENDITURE)) {
      for (String[] pair :
          new String[][] {{"total", "basic"}, {"personnel", "personnel"}, {"public", "public"}}) {
        out.add(
            RuleCheck.of(
                6,
                "基本支出表 合计行 = 一般公共预算支出表 合计行（" + pair[1] + "）",
                List.of(f.of(t, "total", pair[0])),
                List.of(f.of(GENERAL_BUDGET_EXPENDITURE, "total", pair[1]))));
      }
    }
    // Only where 支出总表 prints the 部门经济分类 of its rows: a family whose 支出总表 is by function
    // alone (codes not printed, "-") gives nothing to compare the economic classes with.
    List<TableRow> esDetails = f.details(EXPENDITURE_SUMMARY);
    if (f.has(EXPENDITURE_SUMMARY)
        && !esDetails.isEmpty()
        && esDetails.stream().noneMatch(r -> r.key().endsWith(UNPRINTED))
        && f.of(t, "total", "total")
            .amount()
            .equals(f.of(EXPENDITURE_SUMMARY, "total", "basic").amount())) {
      // Where either table leaves the 政府经济分类 unprinted, the classes meet on the 部门经济分类.
      boolean byPair =
          details.stream().noneMatch(r -> r.key().startsWith("-|"))
              && esDetails.stream().noneMatch(r -> r.key().contains("|-|"));
      byKey(
          f,
          out,
          6,
          "基本支出表 按经济分类 = 支出总表 同经济分类基本支出（全部基本支出为一般公共预算）",
          t,
          byPair ? TableRow::key : r -> r.key().substring(r.key().lastIndexOf('|') + 1),
          byPair
              ? r -> r.key().substring(r.key().indexOf('|') + 1)
              : r -> r.key().substring(r.key().lastIndexOf('|') + 1),
          List.of("total"),
          List.of("basic"));
    }
  }

  /**
   * Sums {@code table}'s detail rows and 支出总表's detail rows by a key each derives from its row key
   * (e.g. the function {@code 2101501} of {@code 201001|2101501} and of {@code
   * 2101501|50101|30101}), and checks the sums column against column.
   */
  private static final String UNPRINTED = "|-";

  private static void byKey(
      Figures f,
      List<RuleCheck> out,
      int rule,
      String statement,
      TableKind table,
      Function<TableRow, String> tableKey,
      Function<TableRow, String> esKey,
      List<String> columns,
      List<String> esColumns) {
    List<TableRow> es = f.details(EXPENDITURE_SUMMARY);
    List<TableRow> own = f.details(table);
    TreeSet<String> keys = new TreeSet<>();
    own.forEach(r -> keys.add(tableKey.apply(r)));
    es.forEach(r -> keys.add(esKey.apply(r)));
    RowChecks checks = new RowChecks(rule, statement);
    for (String key : keys) {
      for (int i = 0; i < columns.size(); i++) {
        checks.add(
            key + " " + columns.get(i),
            f.column(
                table,
                own.stream().filter(r -> tableKey.apply(r).equals(key)).toList(),
                columns.get(i)),
            f.column(
                EXPENDITURE_SUMMARY,
                es.stream().filter(r -> esKey.apply(r).equals(key)).toList(),
                esColumns.get(i)));
      }
    }
    checks.addTo(out);
  }
}
