package org.budgetledger.app.importer.plan;

import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;

/**
 * One unknown of the reconstruction: a spending line at the finest grain the tables determine (unit
 * × function × gov econ × dept econ × kind × fund source). A gap cell has only a 类 and no economic
 * codes: it holds money the document's totals include but whose rows its text lacks. A spread cell
 * carries economic codes its 支出总表 row (by function only) does not print: a 基本支出 cell those of
 * 基本支出表, a 一般公共预算 项目支出 cell those of the 项目支出 table by economic code where the family prints one
 * ({@link ProjectCodes}), else a 项目支出 cell the code of a 三公 item ({@link ThreePublicItems}).
 */
record LineCell(
    String unit,
    String function,
    String gov,
    String dept,
    ExpenditureKind kind,
    boolean gap,
    FundSource source,
    boolean spread,
    boolean threePublic) {

  LineCell(
      String unit, String function, String gov, String dept, ExpenditureKind kind, boolean gap) {
    this(unit, function, gov, dept, kind, gap, FundSource.GENERAL_BUDGET, false, false);
  }

  LineCell(
      String unit,
      String function,
      String gov,
      String dept,
      ExpenditureKind kind,
      boolean gap,
      FundSource source) {
    this(unit, function, gov, dept, kind, gap, source, false, false);
  }

  /**
   * A 一般公共预算 cell of a function-only 支出总表 row, on a code pair of 基本支出表 (基本支出) or a code of the 项目支出
   * table by economic code (项目支出).
   */
  static LineCell spread(
      String unit, String function, String gov, String dept, ExpenditureKind kind) {
    return new LineCell(
        unit, function, gov, dept, kind, false, FundSource.GENERAL_BUDGET, true, false);
  }

  /** The part of a project line paying a 三公 item: same line, the item's 部门经济分类 code. */
  static LineCell threePublicPart(LineCell project, String dept) {
    return new LineCell(
        project.unit(),
        project.function(),
        null,
        dept,
        project.kind(),
        false,
        project.source(),
        true,
        true);
  }

  /** A project cell carrying a 三公 item's code that no table prints for 项目支出. */
  boolean threePublicPart() {
    return threePublic;
  }

  /** A 一般公共预算 project cell on a code of the 项目支出 table by economic code. */
  boolean projectCode() {
    return spread && kind.isProject() && !threePublic;
  }

  /** 一般公共预算 cells keep the id they had before other sources existed: the solver orders by it. */
  String id() {
    return unit
        + "|"
        + function
        + "|"
        + (gap ? "-" : gov)
        + "|"
        + (gap ? "-" : dept)
        + "|"
        + kind
        + (source == FundSource.GENERAL_BUDGET ? "" : "|" + source);
  }

  String classCode() {
    return function.substring(0, 3);
  }

  /** The key of the published 支出总表 row this cell belongs to. */
  String expenditureRow() {
    // codes that came from 基本支出表 are not the 支出总表 row's: that row is by function
    return spread || gov == null ? function + "|null|null" : function + "|" + gov + "|" + dept;
  }

  boolean general() {
    return source == FundSource.GENERAL_BUDGET;
  }

  boolean fiscal() {
    return source.isFiscalAppropriation();
  }
}
