package org.budgetledger.app.web;

/** 分录列表's query on H2, the embedded store. */
class EntryJournalTest extends EntryJournalContract {
  @Override
  String url() {
    return "jdbc:h2:mem:journal;DB_CLOSE_DELAY=-1";
  }

  @Override
  String user() {
    return "sa";
  }

  @Override
  String password() {
    return "";
  }

  @Override
  String vendor() {
    return "h2";
  }
}
