package org.budgetledger.app.security;

/**
 * The roles of the ledger: 录入 (records entries and imports), 审计 (reads everything, writes nothing)
 * and 管理员 (everything).
 */
public enum LedgerRole {
  ENTRY,
  AUDITOR,
  ADMIN;

  /** Spring Security's authority name, e.g. {@code ROLE_ENTRY}. */
  public String authority() {
    return "ROLE_" + name();
  }

  public boolean canWrite() {
    return this != AUDITOR;
  }
}
