package org.budgetledger.core.model;

/** Tags carried by spending, not money of their own (DOMAIN §2). */
public enum TagKind {
  /** 政府采购: category A-货物, B-工程, C-服务. */
  PROCUREMENT,
  /** 政府购买服务: a three-level catalogue path, optionally with the 服务领域 (a function 类). */
  PURCHASED_SERVICE
}
