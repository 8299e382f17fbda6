package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The persistence contract on PostgreSQL, the production store, in a schema of its own. */
@SpringBootTest(properties = {"ledger.seeds.import-on-start=false", "ledger.snapshot-threshold=50"})
@AutoConfigureMockMvc
class PostgresPersistenceTest extends LedgerPersistenceContract {
  /**
   * The bulk rebuild drops the leg table's indexes and builds them again in its transaction: after
   * it, the table has the very indexes and keys the migrations made.
   */
  @Test
  void rebuildLeavesTheLegIndexesAsTheMigrationsMadeThem() {
    String indexes =
        "SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid ="
            + " 'ledger_entry_leg'::regclass ORDER BY 1";
    List<String> before = jdbc.queryForList(indexes, String.class);
    rebuilder.rebuild(Duration.ofSeconds(60));
    assertThat(jdbc.queryForList(indexes, String.class)).isEqualTo(before).hasSize(3);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM pg_constraint WHERE conrelid ="
                    + " 'ledger_entry_leg'::regclass AND contype = 'p'",
                Long.class))
        .isEqualTo(1);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.freshSchemaUrl("contract");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }
}
