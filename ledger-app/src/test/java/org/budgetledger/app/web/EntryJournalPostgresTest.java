package org.budgetledger.app.web;

import org.budgetledger.app.store.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 分录列表's query on PostgreSQL, the production store, in a schema of its own. */
@SpringBootTest(properties = "ledger.seeds.import-on-start=false")
class EntryJournalPostgresTest extends EntryJournalContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.freshSchemaUrl("journal");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }
}
