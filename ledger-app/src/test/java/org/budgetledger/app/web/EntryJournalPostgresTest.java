package org.budgetledger.app.web;

import org.budgetledger.app.store.PostgresTestDatabase;

/** 分录列表's query on PostgreSQL, the production store, in a schema of its own. */
class EntryJournalPostgresTest extends EntryJournalContract {
  private final String url = PostgresTestDatabase.freshSchemaUrl("journal");

  @Override
  String url() {
    return url;
  }

  @Override
  String user() {
    return PostgresTestDatabase.USER;
  }

  @Override
  String password() {
    return PostgresTestDatabase.PASSWORD;
  }

  @Override
  String vendor() {
    return "postgresql";
  }
}
