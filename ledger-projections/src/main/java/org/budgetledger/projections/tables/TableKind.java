package org.budgetledger.projections.tables;

import java.util.Arrays;
import java.util.List;

/**
 * The disclosure tables by content: the 13 every document publishes (DOMAIN §4), and tables only
 * some families print ({@link #familyOnly()}). Numbers differ per format ({@link TableNumbering});
 * code names tables by what they show.
 */
public enum TableKind {
  INCOME_EXPENDITURE_SUMMARY("收支总表"),
  INCOME_SUMMARY("收入总表"),
  EXPENDITURE_SUMMARY("支出总表"),
  PROCUREMENT("政府采购预算明细表"),
  FISCAL_APPROPRIATION_SUMMARY("财政拨款收支总表"),
  GENERAL_BUDGET_EXPENDITURE("一般公共预算财政拨款支出表"),
  GENERAL_BUDGET_BASIC("一般公共预算财政拨款基本支出表"),
  GOVERNMENT_FUND_EXPENDITURE("政府性基金预算财政拨款支出表"),
  STATE_CAPITAL_EXPENDITURE("国有资本经营预算财政拨款支出表"),
  THREE_PUBLIC_EXPENSES("“三公”经费支出表"),
  PURCHASED_SERVICES("政府购买服务预算财政拨款明细表"),
  PROJECT_PERFORMANCE("项目支出绩效表"),
  DEPARTMENT_PERFORMANCE("部门整体支出绩效目标表"),
  /**
   * 一般公共预算项目支出表 by 部门经济分类 (Guangzhou's 表7 一般公共预算项目支出情况表（按经济分类科目）): project spending of 一般公共预算 by
   * economic code, printed by some families only.
   */
  GENERAL_BUDGET_PROJECT_ECONOMIC("一般公共预算项目支出经济分类表"),
  /**
   * 基本支出总表 (Shenzhen's 基本支出总表, Guangzhou's 表11 部门预算基本支出预算表): basic spending of every fund source by
   * unit and 部门经济分类 类, printed by some families only.
   */
  BASIC_EXPENDITURE_SUMMARY("基本支出总表"),
  /**
   * 项目支出表: each named project's spending by fund source (Yantai's 项目支出预算情况表, Guangzhou's
   * 部门预算项目支出及其他支出预算表), printed by some families only.
   */
  PROJECT_EXPENDITURE("项目支出表"),
  /**
   * 财政拨款支出表 by 支出功能分类 (Jiangsu's 公开05表 财政拨款支出表（功能科目）): spending of the three fiscal sources
   * (一般公共预算, 政府性基金, 国有资本经营) by function, 合计 / 基本支出 (人员经费, 公用经费) / 项目支出.
   */
  FISCAL_APPROPRIATION_EXPENDITURE("财政拨款支出功能分类表"),
  /**
   * 一般公共预算基本支出表 by 支出功能分类 (Xi'an's 表7 一般公共预算基本支出明细表（按功能科目分）): 基本支出 of 一般公共预算 by function, 合计 / 人员经费
   * / 公用经费.
   */
  GENERAL_BUDGET_BASIC_FUNCTION("一般公共预算基本支出功能分类表"),
  /**
   * 财政拨款基本支出表 by 部门经济分类 (Jiangsu's 公开06表 财政拨款基本支出表（经济科目）, Yantai's 基本支出预算情况表 in its 财政拨款 column):
   * 基本支出 of the three fiscal sources by economic code, 合计 / 人员经费 / 公用经费.
   */
  FISCAL_APPROPRIATION_BASIC("财政拨款基本支出经济分类表"),
  /**
   * 一般公共预算支出表 by economic code (Xi'an's 表6 一般公共预算支出明细表（按支出经济分类科目）): spending of 一般公共预算 by 政府 ×
   * 部门经济分类, 合计 / 人员经费 / 公用经费 (合计 holding 项目支出 too), printed by some families only.
   */
  GENERAL_BUDGET_ECONOMIC("一般公共预算支出经济分类表"),
  /**
   * 支出总表 by unit (Shenzhen's 支出总表 under its 预算单位 column): each unit's own row and its rows by
   * function, 合计 / 基本支出 / 项目支出, of every fund source; printed by some families only, inside their
   * 支出总表.
   */
  EXPENDITURE_BY_UNIT("支出总表（按单位）");

  private static final List<TableKind> EVERY_DOCUMENT =
      Arrays.stream(values()).filter(k -> !k.familyOnly()).toList();

  private final String chinese;

  TableKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /**
   * A table only some families print: a document without it lacks nothing, and a budget shows it
   * only where its family's document printed it.
   */
  public boolean familyOnly() {
    return this == GENERAL_BUDGET_PROJECT_ECONOMIC
        || this == BASIC_EXPENDITURE_SUMMARY
        || this == PROJECT_EXPENDITURE
        || this == FISCAL_APPROPRIATION_EXPENDITURE
        || this == GENERAL_BUDGET_BASIC_FUNCTION
        || this == FISCAL_APPROPRIATION_BASIC
        || this == GENERAL_BUDGET_ECONOMIC
        || this == EXPENDITURE_BY_UNIT;
  }

  /** The 13 tables every document publishes (DOMAIN §4), in declaration order. */
  public static List<TableKind> everyDocument() {
    return EVERY_DOCUMENT;
  }
}
