package org.budgetledger.app.importer.plan;

import org.budgetledger.core.model.ExpenditureKind;

/**
 * One unknown of the reconstruction: a spending line at the finest grain the tables determine
 * (unit × function × gov econ × dept econ × kind). A gap cell has only a 类 and no economic codes:
 * it holds money the document's totals include but whose rows its text lacks.
 */
record LineCell(String unit, String function, String gov, String dept, ExpenditureKind kind,
    boolean gap) {

  String id() {
    return unit + "|" + function + "|" + (gap ? "-" : gov) + "|" + (gap ? "-" : dept) + "|" + kind;
  }

  String classCode() {
    return function.substring(0, 3);
  }

  /** The key of the published 支出总表 row this cell belongs to. */
  String expenditureRow() {
    return function + "|" + gov + "|" + dept;
  }
}
