package org.budgetledger.core.model;

/** Tags carried by spending, not money of their own (DOMAIN §2). */
public enum TagKind {
  /** 政府采购: category A-货物, B-工程, C-服务. */
  PROCUREMENT,
  /** 政府购买服务: a three-level catalogue path, optionally with the 服务领域 (a function 类). */
  PURCHASED_SERVICE,
  /**
   * A unit's “三公” item as its 三公 table prints it by unit, where the ledger holds the unit's
   * spending at no grain carrying that item (no line of the unit with the item's economic code):
   * the path is the unit, then the item's words, so its 小计 are the sums under a prefix.
   */
  THREE_PUBLIC
}
