package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.budgetledger.projections.slot.ReadModelSlot;
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
   * The bulk rebuild drops the target slot's leg indexes and builds them again from the live slot's
   * definitions: after it, the new live table has the very indexes and keys the migrations made,
   * under its own names.
   */
  @Test
  void rebuildLeavesTheLegIndexesAsTheMigrationsMadeThem() {
    ReadModelSlot before = ReadModelSlot.live(jdbc);
    List<String> indexes = legIndexes(before);
    rebuilder.rebuild(Duration.ofSeconds(60));
    ReadModelSlot after = ReadModelSlot.live(jdbc);
    assertThat(after).isEqualTo(before.other());
    assertThat(legIndexes(after)).isEqualTo(indexes).hasSize(3);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM pg_constraint WHERE conrelid = '"
                    + after.legTable()
                    + "'::regclass AND contype = 'p'",
                Long.class))
        .isEqualTo(1);
  }

  /** The slot's index definitions with its own name taken out, so two slots compare. */
  private List<String> legIndexes(ReadModelSlot slot) {
    return jdbc
        .queryForList(
            "SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = '"
                + slot.legTable()
                + "'::regclass ORDER BY 1",
            String.class)
        .stream()
        .map(d -> d.replace(slot.legTable(), "ledger_entry_leg_SLOT"))
        .toList();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.freshSchemaUrl("contract");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }
}
