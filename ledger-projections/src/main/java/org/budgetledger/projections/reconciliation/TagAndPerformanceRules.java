package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.DEPARTMENT_PERFORMANCE;
import static org.budgetledger.projections.tables.TableKind.EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.PROCUREMENT;
import static org.budgetledger.projections.tables.TableKind.PROJECT_PERFORMANCE;
import static org.budgetledger.projections.tables.TableKind.PURCHASED_SERVICES;
import static org.budgetledger.projections.tables.TableKind.THREE_PUBLIC_EXPENSES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * Rules 7 and 8 of DOMAIN §5: 三公, 政府采购 and 政府购买服务 add up and agree with 情况说明 (narrative keys {@code
 * threePublic.*}, {@code procurement.*}, {@code purchasedServices.total}); 部门整体绩效目标 agrees with
 * 支出总表, and each project's 项目总额 = 财政资金 + 其他资金.
 */
final class TagAndPerformanceRules {
  private static final Map<String, String> THREE_PUBLIC =
      Map.of(
          "threePublic.total",
          "total",
          "threePublic.abroad",
          "abroad",
          "threePublic.reception",
          "reception",
          "threePublic.vehiclePurchase",
          "vehiclePurchase",
          "threePublic.vehicleOperation",
          "vehicleOperation");
  private static final Map<String, String> PROCUREMENT_CATEGORIES =
      Map.of("procurement.goods", "A", "procurement.works", "B", "procurement.services", "C");

  private TagAndPerformanceRules() {}

  static void tags(Figures f, List<RuleCheck> out) {
    List<TableRow> threePublicRows = f.rows(THREE_PUBLIC_EXPENSES, r -> true);
    for (TableRow row : threePublicRows) {
      var t = THREE_PUBLIC_EXPENSES;
      List<RuleFigure> items =
          List.of(
              f.of(t, row.key(), "abroad"),
              f.of(t, row.key(), "reception"),
              f.of(t, row.key(), "vehiclePurchase"),
              f.of(t, row.key(), "vehicleOperation"));
      List<String> beside =
          List.of("meetings", "training").stream().filter(c -> row.cell(c).isPresent()).toList();
      if (row.cell("threePublic").isPresent() && !beside.isEmpty()) {
        // a 合计 printed beside the items' own 小计 and 会议费/培训费 adds them all
        out.add(
            RuleCheck.of(
                7,
                "“三公”经费 小计 = 因公出国 + 公务接待 + 公务用车购置 + 运行维护",
                List.of(f.of(t, row.key(), "threePublic")),
                items));
        List<RuleFigure> parts = new ArrayList<>(List.of(f.of(t, row.key(), "threePublic")));
        beside.forEach(c -> parts.add(f.of(t, row.key(), c)));
        out.add(
            RuleCheck.of(
                7,
                "“三公”经费、会议费、培训费 合计 = “三公”经费小计 + 会议费 + 培训费",
                List.of(f.of(t, row.key(), "total")),
                parts));
      } else {
        out.add(
            RuleCheck.of(
                7,
                "“三公”经费 总额 = 因公出国 + 公务接待 + 公务用车购置 + 运行维护",
                List.of(f.of(t, row.key(), "total")),
                items));
      }
      if (row.cell("vehicles").isPresent()) {
        out.add(
            RuleCheck.of(
                7,
                "“三公”经费 公务用车小计 = 购置 + 运行维护",
                List.of(f.of(t, row.key(), "vehicles")),
                List.of(
                    f.of(t, row.key(), "vehiclePurchase"),
                    f.of(t, row.key(), "vehicleOperation"))));
      }
      if (row != threePublicRows.get(0)) {
        // a unit's row (a table by unit): 情况说明 quotes the department's figures, its first row
        continue;
      }
      THREE_PUBLIC.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> quoted(f, out, e.getKey(), List.of(f.of(t, row.key(), e.getValue()))));
    }
    if (f.has(PROCUREMENT)) {
      totalOfDetails(f, out, PROCUREMENT, "政府采购 合计 = 各类别之和");
      quoted(f, out, "procurement.total", List.of(f.of(PROCUREMENT, "total", "amount")));
      PROCUREMENT_CATEGORIES.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  quoted(
                      f,
                      out,
                      e.getKey(),
                      f.column(
                          PROCUREMENT,
                          f.details(PROCUREMENT).stream()
                              .filter(r -> r.key().startsWith(e.getValue()))
                              .toList(),
                          "amount")));
    }
    if (f.has(PURCHASED_SERVICES)) {
      totalOfDetails(f, out, PURCHASED_SERVICES, "政府购买服务 合计 = 各项之和");
      quoted(
          f, out, "purchasedServices.total", List.of(f.of(PURCHASED_SERVICES, "total", "amount")));
    }
  }

  static void performance(Figures f, List<RuleCheck> out) {
    if (f.has(DEPARTMENT_PERFORMANCE)) {
      var t = DEPARTMENT_PERFORMANCE;
      out.add(
          RuleCheck.of(
              8,
              "部门整体绩效 预算支出总额 = 支出总表 合计",
              List.of(f.of(t, "funds:total", "amount")),
              List.of(f.of(EXPENDITURE_SUMMARY, "total", "total"))));
      out.add(
          RuleCheck.of(
              8,
              "部门整体绩效 基本支出（财政拨款 + 其他资金）= 支出总表 基本支出",
              List.of(
                  f.of(t, "funds:fiscalBasic", "amount"), f.of(t, "funds:otherBasic", "amount")),
              List.of(f.of(EXPENDITURE_SUMMARY, "total", "basic"))));
      out.add(
          RuleCheck.of(
              8,
              "部门整体绩效 项目支出（财政拨款 + 其他资金）= 支出总表 项目支出",
              List.of(
                  f.of(t, "funds:fiscalProject", "amount"),
                  f.of(t, "funds:otherProject", "amount")),
              List.of(f.of(EXPENDITURE_SUMMARY, "total", "project"))));
      out.add(
          RuleCheck.of(
              8,
              "部门整体绩效 预算支出总额 = 财政拨款合计 + 其他资金合计",
              List.of(f.of(t, "funds:total", "amount")),
              List.of(f.of(t, "funds:fiscal", "amount"), f.of(t, "funds:other", "amount"))));
      for (String part : List.of("fiscal", "other")) {
        out.add(
            RuleCheck.of(
                8,
                "部门整体绩效 " + (part.equals("fiscal") ? "财政拨款" : "其他资金") + " 合计 = 基本支出 + 项目支出",
                List.of(f.of(t, "funds:" + part, "amount")),
                parts(f, t, part)));
      }
    }
    RowChecks projects = new RowChecks(8, "项目支出绩效 项目总额 = 财政资金 + 其他资金");
    for (TableRow row : f.rows(PROJECT_PERFORMANCE, Figures.keyStarts("project:"))) {
      var t = PROJECT_PERFORMANCE;
      projects.add(
          row.key(),
          List.of(f.of(t, row.key(), "total")),
          List.of(f.of(t, row.key(), "fiscal"), f.of(t, row.key(), "other")));
    }
    projects.addTo(out);
  }

  private static void totalOfDetails(
      Figures f, List<RuleCheck> out, TableKind kind, String statement) {
    out.add(
        RuleCheck.of(
            7,
            statement,
            List.of(f.of(kind, "total", "amount")),
            f.column(kind, f.details(kind), "amount")));
  }

  /** A figure quoted in 情况说明 equals the table's: checked only where the narrative quotes it. */
  private static void quoted(Figures f, List<RuleCheck> out, String key, List<RuleFigure> table) {
    for (RuleFigure quote : f.narrative(key)) {
      out.add(RuleCheck.of(7, "情况说明 " + key + " = 表中数", List.of(quote), table));
    }
  }

  /** 基本 and 项目 of a fund, and its 单位预留机动经费 where the table holds that row. */
  private static List<RuleFigure> parts(Figures f, TableKind t, String part) {
    List<RuleFigure> parts =
        new ArrayList<>(
            List.of(
                f.of(t, "funds:" + part + "Basic", "amount"),
                f.of(t, "funds:" + part + "Project", "amount")));
    if (!f.rows(t, r -> r.key().equals("funds:" + part + "Reserve")).isEmpty()) {
      parts.add(f.of(t, "funds:" + part + "Reserve", "amount"));
    }
    return parts;
  }
}
