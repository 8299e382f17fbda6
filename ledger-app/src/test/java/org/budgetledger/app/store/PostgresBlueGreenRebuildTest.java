package org.budgetledger.app.store;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The blue/green rebuild on PostgreSQL (COPY, indexes dropped and built), a schema of its own. */
@SpringBootTest(properties = "ledger.seeds.import-on-start=false")
@AutoConfigureMockMvc
class PostgresBlueGreenRebuildTest extends BlueGreenRebuildContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.freshSchemaUrl("bluegreen");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }
}
