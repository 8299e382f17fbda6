package org.budgetledger.projections.tables;

import java.util.EnumMap;
import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;

/**
 * The title each format prints above a table. District titles carry the year and {@code 部门（单位）} and
 * name some tables differently (支出预算总表, 财政拨款收支预算总表); municipal titles are bare.
 */
public final class TableTitles {
  private static final Map<TableKind, String> DISTRICT = new EnumMap<>(TableKind.class);
  private static final Map<TableKind, String> MUNICIPAL = new EnumMap<>(TableKind.class);

  static {
    both(TableKind.INCOME_EXPENDITURE_SUMMARY, "收支总表", "收支总表");
    both(TableKind.INCOME_SUMMARY, "收入总表", "收入总表");
    both(TableKind.EXPENDITURE_SUMMARY, "支出预算总表", "支出总表");
    both(TableKind.PROCUREMENT, "政府采购预算明细表", "政府采购预算明细表");
    both(TableKind.FISCAL_APPROPRIATION_SUMMARY, "财政拨款收支预算总表", "财政拨款收支总表");
    both(TableKind.GENERAL_BUDGET_EXPENDITURE, "一般公共预算财政拨款支出表", "一般公共预算支出表");
    both(TableKind.GENERAL_BUDGET_BASIC, "一般公共预算财政拨款基本支出表", "一般公共预算基本支出表");
    both(TableKind.GOVERNMENT_FUND_EXPENDITURE, "政府性基金预算财政拨款支出表", "政府性基金预算支出表");
    both(TableKind.STATE_CAPITAL_EXPENDITURE, "国有资本经营预算财政拨款支出表", "国有资本经营预算支出表");
    both(TableKind.THREE_PUBLIC_EXPENSES, "财政拨款（含一般公共预算和政府性基金预算）“三公”经费支出表", "财政拨款“三公”经费支出表");
    both(TableKind.PURCHASED_SERVICES, "政府购买服务预算财政拨款明细表", "财政拨款政府购买服务明细表");
    both(TableKind.PROJECT_PERFORMANCE, "项目支出绩效表", "项目支出绩效目标表");
    both(TableKind.DEPARTMENT_PERFORMANCE, "整体支出绩效目标表", "部门整体支出绩效目标表");
    both(TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC, "一般公共预算项目支出表（按经济分类科目）", "一般公共预算项目支出表（按经济分类科目）");
    both(TableKind.BASIC_EXPENDITURE_SUMMARY, "基本支出总表", "基本支出总表");
    both(TableKind.PROJECT_EXPENDITURE, "项目支出表", "项目支出表");
    both(TableKind.FISCAL_APPROPRIATION_EXPENDITURE, "财政拨款支出表（按功能科目）", "财政拨款支出表（按功能科目）");
    both(TableKind.GENERAL_BUDGET_BASIC_FUNCTION, "一般公共预算基本支出表（按功能科目）", "一般公共预算基本支出表（按功能科目）");
    both(TableKind.FISCAL_APPROPRIATION_BASIC, "财政拨款基本支出表（按经济科目）", "财政拨款基本支出表（按经济科目）");
    both(TableKind.GENERAL_BUDGET_ECONOMIC, "一般公共预算支出表（按经济分类科目）", "一般公共预算支出表（按经济分类科目）");
    both(TableKind.EXPENDITURE_BY_UNIT, "支出总表（按单位）", "支出总表（按单位）");
  }

  private TableTitles() {}

  private static void both(TableKind kind, String district, String municipal) {
    DISTRICT.put(kind, district);
    MUNICIPAL.put(kind, municipal);
  }

  /** E.g. district {@code 2026年部门（单位）收支总表}, municipal {@code 收支总表}. */
  public static String title(DisclosureFormat format, int year, TableKind kind) {
    return format == DisclosureFormat.DISTRICT
        ? year + "年部门（单位）" + DISTRICT.get(kind)
        : MUNICIPAL.get(kind);
  }
}
