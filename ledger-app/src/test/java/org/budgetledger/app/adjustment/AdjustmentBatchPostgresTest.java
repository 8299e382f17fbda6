package org.budgetledger.app.adjustment;

import org.budgetledger.app.store.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Adjustment files on PostgreSQL, the production store, in a schema of its own. */
@SpringBootTest(properties = "ledger.seeds.import-on-start=false")
@AutoConfigureMockMvc
class AdjustmentBatchPostgresTest extends AdjustmentBatchContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.freshSchemaUrl("adjust");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }
}
