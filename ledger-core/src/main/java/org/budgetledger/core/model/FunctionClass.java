package org.budgetledger.core.model;

/** A 支出功能分类 类 (3-digit code) and its published name, e.g. {@code 210} 卫生健康支出. */
public record FunctionClass(String code, String name) {
  public FunctionClass {
    code = Codes.requireText(code, "function class code");
    name = Codes.requireText(name, "function class name");
  }
}
