package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Predicate;

/**
 * A 部门支出经济分类 code, 5 or 7 digits ({@code 30227} 委托业务费, {@code 3021101} 差旅费). Its 类 (first 3 digits)
 * says whether basic spending on it is personnel (301 工资福利, 303 对个人和家庭的补助) or public (302 商品和服务,
 * 310 资本性支出), DOMAIN §2.
 */
public record DeptEconomicCode(String value) {
  private static final Predicate<String> FORMAT = Codes::isClassification;

  public DeptEconomicCode {
    Codes.require(value, FORMAT, "department economic classification code (3, 5 or 7 digits)");
  }

  @JsonCreator
  public static DeptEconomicCode of(String value) {
    return new DeptEconomicCode(value);
  }

  public String classCode() {
    return value.substring(0, 3);
  }

  /** The 款 (first 5 digits) that 三公 and most tables group by. */
  public String sectionCode() {
    return value.length() >= 5 ? value.substring(0, 5) : value;
  }

  public boolean isPersonnel() {
    String c = classCode();
    return c.equals("301") || c.equals("303");
  }

  public boolean isPublic() {
    String c = classCode();
    return c.equals("302") || c.equals("310");
  }

  /**
   * The basic-spending kind this code belongs to, or null when it is neither personnel nor public.
   */
  public ExpenditureKind basicKind() {
    if (isPersonnel()) {
      return ExpenditureKind.BASIC_PERSONNEL;
    }
    return isPublic() ? ExpenditureKind.BASIC_PUBLIC : null;
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
