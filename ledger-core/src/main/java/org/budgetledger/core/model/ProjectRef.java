package org.budgetledger.core.model;

/** A named project (项目), e.g. {@code 11010122700000399442-法律援助服务}. */
public record ProjectRef(String code, String name) {
  public ProjectRef {
    code = Codes.requireText(code, "project code");
    name = Codes.requireText(name, "project name");
  }

  @Override
  public String toString() {
    return code + "-" + name;
  }
}
