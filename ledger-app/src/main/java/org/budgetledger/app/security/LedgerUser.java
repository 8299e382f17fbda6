package org.budgetledger.app.security;

/** A user from {@code ledger.users}: sign-in name, password hash ({@code {bcrypt}…}) and role. */
public record LedgerUser(String name, String password, LedgerRole role) {}
