package org.budgetledger.core.model;

import java.util.Objects;

/**
 * A spending line (支出): unit × function × government and department economic codes × basic
 * personnel / basic public / project × fund source. The economic codes are null only on a line
 * whose detail the source did not give (see {@link #isUnclassified()}).
 *
 * <p>A basic line may hold a 部门经济分类 code in the kind DOMAIN §2 does not give it (30399 其他对个人和家庭的补助
 * under 公用经费): a published document is imported as published, and the auditor's checks report the
 * breach. Whether a clerk may record such a line by hand is the budget's rule, not the key's
 * ({@link #breachesBasicKind()}).
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
  }

  /**
   * True for a basic line whose 部门经济分类 code belongs to the other basic kind (DOMAIN §2: 301 and 303
   * are 人员经费, 302 and 310 公用经费).
   */
  public boolean breachesBasicKind() {
    if (!kind.isBasic() || deptEconomic == null) {
      return false;
    }
    ExpenditureKind expected = deptEconomic.basicKind();
    return expected != null && expected != kind;
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
