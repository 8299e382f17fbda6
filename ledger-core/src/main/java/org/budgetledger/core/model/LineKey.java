package org.budgetledger.core.model;

import java.util.Objects;

/**
 * A spending line (支出): unit × function × government and department economic codes × basic
 * personnel / basic public / project × fund source. The economic codes are null only on a line
 * whose detail the source did not give (see {@link #isUnclassified()}).
 */
public record LineKey(
    UnitCode unit,
    FunctionCode function,
    GovEconomicCode govEconomic,
    DeptEconomicCode deptEconomic,
    ExpenditureKind kind,
    ProjectRef project,
    FundSource fundSource) {

  public LineKey {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(function, "function code");
    Objects.requireNonNull(kind, "expenditure kind");
    Objects.requireNonNull(fundSource, "fund source");
    // a 部门经济分类 code alone is what a family that prints no 政府经济分类 (Shanghai) determines
    if (govEconomic != null && deptEconomic == null) {
      throw new InvalidValueException(
          "a line with a government economic code has a department one too: "
              + describe(unit, function, govEconomic, deptEconomic, kind, fundSource));
    }
    if (kind != ExpenditureKind.PROJECT && project != null) {
      throw new InvalidValueException("only project spending names a project: " + project);
    }
    if (kind.isBasic() && deptEconomic != null && deptEconomic.basicKind() != kind) {
      throw new InvalidValueException(
          "department economic code "
              + deptEconomic
              + " is not "
              + kind.chinese()
              + " (DOMAIN §2: 301/303 are 人员经费, 302/310 公用经费)");
    }
  }

  /** True for a line that records money whose economic classification the source did not give. */
  public boolean isUnclassified() {
    return deptEconomic == null;
  }

  /** A stable text form used as a map key and in error messages. */
  public String canonical() {
    return describe(unit, function, govEconomic, deptEconomic, kind, fundSource)
        + (project == null ? "" : "/" + project.code());
  }

  private static String describe(
      UnitCode unit,
      FunctionCode function,
      GovEconomicCode gov,
      DeptEconomicCode dept,
      ExpenditureKind kind,
      FundSource fund) {
    return unit + "/" + function + "/" + gov + "/" + dept + "/" + kind + "/" + fund;
  }

  @Override
  public String toString() {
    return canonical();
  }
}
