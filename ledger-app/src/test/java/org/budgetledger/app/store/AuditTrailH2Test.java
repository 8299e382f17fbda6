package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.trail.InclusionProof;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.model.BudgetId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail on the embedded default: every event hashed as written, and the log verifies. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:audit;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false",
      "ledger.audit.periodic-checkpoints=false",
      "ledger.audit.checkpoint-settle=0s",
      "ledger.audit.keys-dir=target/audit-h2-keys"
    })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditTrailH2Test {
  @Autowired LedgerCommands commands;
  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventStore eventStore;
  @Autowired TransactionManager axonTransactions;
  @Autowired LedgerKeys keys;
  @Autowired MockMvc mvc;

  private BudgetId newBudget() {
    BudgetId budget = BudgetId.of(2026, "A" + Long.toHexString(System.nanoTime()).substring(4));
    LedgerTestData.openAndFund(commands, budget);
    return budget;
  }

  @Test
  void everyEventHasItsHashChainedWithinItsAggregate() {
    BudgetId budget = newBudget();
    commands.send(LedgerTestData.supplement(budget, "s1", "1.00", LocalDate.of(2026, 3, 1)));
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT e.sequence_number, h.hash,"
                + " h.global_index, e.global_index AS event_index FROM domain_event_entry e"
                + " JOIN audit_event_hash h ON h.event_identifier = e.event_identifier"
                + " WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number",
            budget.toString());
    assertThat(rows)
        .hasSize(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry" + " WHERE aggregate_identifier = ?",
                Integer.class,
                budget.toString()))
        .hasSizeGreaterThan(2);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat((String) r.get("hash")).matches("[0-9a-f]{64}");
              assertThat(r.get("global_index")).isEqualTo(r.get("event_index"));
            });
    assertThat(rows.stream().map(r -> r.get("hash")).distinct()).hasSameSizeAs(rows);
    assertThat(trail.verify().summary()).startsWith("OK");
  }

  @Test
  void failureAfterTheAppendLeavesNeitherEventNorHash() {
    GenericEventMessage<String> event = new GenericEventMessage<>("appended, then rolled back");
    DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(axonTransactions);
    long[] seenInTransaction = new long[2];
    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      eventStore.publish(event);
                      // Runs after the event bus's own handler, which appended the event and its
                      // hash.
                      unitOfWork.onPrepareCommit(
                          u -> {
                            seenInTransaction[0] =
                                count("domain_event_entry", event.getIdentifier());
                            seenInTransaction[1] = count("audit_event_hash", event.getIdentifier());
                            throw new IllegalStateException(
                                "a later step of the same unit of work failed");
                          });
                    }))
        .hasMessage("a later step of the same unit of work failed");
    assertThat(seenInTransaction).containsExactly(1, 1);
    assertThat(count("domain_event_entry", event.getIdentifier())).isZero();
    assertThat(count("audit_event_hash", event.getIdentifier())).isZero();
  }

  @Test
  void ruleViolationWritesNoHash() {
    BudgetId budget = newBudget();
    long hashes = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event_hash", Long.class);
    assertThatThrownBy(
            () ->
                commands.send(
                    LedgerTestData.reduction(budget, "too-much", "8.00", LocalDate.of(2026, 3, 1))))
        .isInstanceOf(BudgetRuleViolation.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event_hash", Long.class))
        .isEqualTo(hashes);
  }

  @Test
  void eventsThatAreNotDomainEventsAreChainedAlone() {
    GenericEventMessage<String> event = new GenericEventMessage<>("a plain event");
    DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(event));
    assertThat(
            jdbc.queryForObject(
                "SELECT aggregate_identifier FROM audit_event_hash" + " WHERE event_identifier = ?",
                String.class,
                event.getIdentifier()))
        .isEqualTo(event.getIdentifier());
    assertThat(trail.verify().ok()).isTrue();
  }

  @Test
  void checkpointsProveInclusionAndConsistency() {
    BudgetId budget = newBudget();
    Checkpoint older = trail.checkpoint();
    commands.send(LedgerTestData.supplement(budget, "s2", "2.00", LocalDate.of(2026, 3, 2)));
    Checkpoint newer = trail.checkpoint();
    assertThat(newer.treeSize()).isGreaterThan(older.treeSize());
    String first =
        jdbc.queryForObject(
            "SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0",
            String.class,
            budget.toString());
    InclusionProof proof = trail.inclusionProof(first, newer);
    assertThat(proof.verifies(keys.publicKey())).isTrue();
    assertThat(trail.consistencyProof(older, newer).verifies(keys.publicKey())).isTrue();
    assertThat(trail.verify().checkpointedEvents()).isEqualTo(newer.treeSize());
  }

  @Test
  void restShowsTheSameAsTheService() throws Exception {
    newBudget();
    mvc.perform(post("/api/audit/checkpoints"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.rootHash").isString());
    mvc.perform(get("/api/audit/verify"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(true))
        .andExpect(jsonPath("$.summary").value(trail.verify().summary()));
    mvc.perform(get("/api/audit/public-key"))
        .andExpect(status().isOk())
        .andExpect(content().string(keys.publicKeyPem()));
    mvc.perform(get("/api/audit/checkpoints/latest"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.fileText").value(trail.latestCheckpoint().orElseThrow().toFileText()));
  }

  private long count(String table, String eventIdentifier) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM " + table + " WHERE event_identifier = ?",
        Long.class,
        eventIdentifier);
  }
}
