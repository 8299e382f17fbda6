package org.budgetledger.app.store;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The persistence contract on PostgreSQL, the production store, in a schema of its own. */
@SpringBootTest(properties = "ledger.seeds.import-on-start=false")
@AutoConfigureMockMvc
class PostgresPersistenceTest extends LedgerPersistenceContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.freshSchemaUrl("contract");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }
}
