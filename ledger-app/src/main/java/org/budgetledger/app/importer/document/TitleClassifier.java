package org.budgetledger.app.importer.document;

import java.util.Optional;
import org.budgetledger.projections.tables.TableKind;

/**
 * Names a table by the words of its title, not by its number: the two formats number the tables
 * differently. Order matters: the 三公 title also mentions 一般公共预算 and 政府性基金, and the 财政拨款收支总表 also
 * says 收支 … 总表.
 */
final class TitleClassifier {
  private TitleClassifier() {}

  static Optional<TableKind> classify(String title) {
    String t = Texts.compact(title);
    TableKind kind = null;
    if (t.contains("三公")) {
      kind = TableKind.THREE_PUBLIC_EXPENSES;
    } else if (t.contains("政府采购")) {
      kind = TableKind.PROCUREMENT;
    } else if (t.contains("政府购买服务")) {
      kind = TableKind.PURCHASED_SERVICES;
    } else if (t.contains("整体支出绩效")) {
      kind = TableKind.DEPARTMENT_PERFORMANCE;
    } else if (t.contains("项目支出绩效")) {
      kind = TableKind.PROJECT_PERFORMANCE;
    } else if (t.contains("财政拨款收支")) {
      kind = TableKind.FISCAL_APPROPRIATION_SUMMARY;
    } else if (t.contains("收支总表") || t.contains("收支预算总表")) {
      kind = TableKind.INCOME_EXPENDITURE_SUMMARY;
    } else if (t.contains("收入总表")) {
      kind = TableKind.INCOME_SUMMARY;
    } else if (t.contains("基本支出总表")) {
      // before 支出总表, whose words it contains
      kind = TableKind.BASIC_EXPENDITURE_SUMMARY;
    } else if (t.contains("支出总表") && t.contains("按单位")) {
      // the canonical text's 支出总表 by unit, written beside the 支出总表 a family prints by unit
      kind = TableKind.EXPENDITURE_BY_UNIT;
    } else if (t.contains("支出总表") || t.contains("支出预算总表")) {
      kind = TableKind.EXPENDITURE_SUMMARY;
    } else if (t.contains("一般公共预算") && t.contains("项目支出") && t.contains("经济分类")) {
      kind = TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC;
    } else if (t.contains("一般公共预算") && t.contains("经济分类") && !t.contains("基本支出")) {
      // basic and project together by economic code (预算21表); 基本支出表 by economic code below
      kind = TableKind.GENERAL_BUDGET_ECONOMIC;
    } else if (t.endsWith("项目支出表") && !t.contains("一般公共预算")) {
      // the canonical 项目支出表 (project × fund source); a 一般公共预算 table is one of the above
      kind = TableKind.PROJECT_EXPENDITURE;
    } else if (t.contains("一般公共预算") && t.contains("基本支出") && t.contains("功能")) {
      kind = TableKind.GENERAL_BUDGET_BASIC_FUNCTION;
    } else if (t.contains("一般公共预算") && t.contains("基本支出")) {
      kind = TableKind.GENERAL_BUDGET_BASIC;
    } else if (t.contains("一般公共预算")) {
      kind = TableKind.GENERAL_BUDGET_EXPENDITURE;
    } else if (t.contains("财政拨款") && t.contains("基本支出")) {
      // after the 一般公共预算 ones: Beijing titles its 一般公共预算财政拨款基本支出表 with both words
      kind = TableKind.FISCAL_APPROPRIATION_BASIC;
    } else if (t.contains("政府性基金")) {
      kind = TableKind.GOVERNMENT_FUND_EXPENDITURE;
    } else if (t.contains("国有资本经营")) {
      kind = TableKind.STATE_CAPITAL_EXPENDITURE;
    } else if (t.contains("财政拨款支出")) {
      // after 一般公共预算 and 政府性基金: their 财政拨款支出表 (Beijing's titles) name their fund
      kind = TableKind.FISCAL_APPROPRIATION_EXPENDITURE;
    }
    return Optional.ofNullable(kind);
  }
}
