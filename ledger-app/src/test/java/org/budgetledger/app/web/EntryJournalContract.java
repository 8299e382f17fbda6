package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalEntry;
import org.budgetledger.projections.entries.JournalFilter;
import org.budgetledger.projections.entries.JournalPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 分录列表's query on each database: {@link BudgetHistory}'s entries and a 冲销 x1 of s1, filtered
 * and paged in SQL, with exact fen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntryJournalContract {
  static final BudgetId BUDGET = BudgetId.of(2026, "203");
  @Autowired LedgerCommands commands;
  @Autowired EntryJournal journal;

  @BeforeAll
  void recordHistory() {
    BudgetHistory.record(commands, BUDGET);
    commands.send(new ReverseEntryCommand(BUDGET, EntryId.of("x1"), EntryId.of("s1"),
        LocalDate.of(2026, 9, 1), new Basis("关于撤销追加的批复", "东财预〔2026〕20号"), "撤销追加",
        WebTestData.ACTOR, "x1"));
    await().atMost(Duration.ofSeconds(30))
        .until(() -> journal.page(BUDGET, JournalFilter.ALL, 0, 10).total() == 5);
  }

  @Test
  void listsEveryEntryOnceInRecordedOrderWithItsMoney() {
    JournalPage all = journal.page(BUDGET, JournalFilter.ALL, 0, 10);
    assertThat(all.entries()).extracting(JournalEntry::entryId)
        .containsExactly("initial-2026-203", "s1", "r1", "b1", "x1");
    JournalEntry r1 = all.entries().get(2);
    assertThat(r1.type()).isEqualTo(EntryType.REALLOCATION);
    assertThat(r1.legs()).isEqualTo(2);
    assertThat(List.of(r1.increaseFen(), r1.decreaseFen(), r1.amountFen(), r1.netFen()))
        .containsExactly(500_000L, -500_000L, 500_000L, 0L);
    JournalEntry x1 = all.entries().get(4);
    assertThat(x1.reversedEntryId()).isEqualTo("s1");
    assertThat(List.of(x1.amountFen(), x1.netFen())).containsExactly(2_000_000L, -2_000_000L);
    assertThat(journal.reversalsOf(BUDGET, "s1")).containsExactly("x1");
    assertThat(journal.entry(BUDGET, "b1")).get().extracting(JournalEntry::amountFen)
        .isEqualTo(1_234_567L);
  }

  @Test
  void filtersByTypeDatesDocumentNumberActorAndAmount() {
    assertThat(ids(new JournalFilter(Set.of(EntryType.SUPPLEMENT), null, null, null, null, null,
        null))).containsExactly("s1", "b1");
    assertThat(ids(new JournalFilter(Set.of(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 1),
        null, null, null, null))).containsExactly("s1", "b1");
    assertThat(ids(new JournalFilter(Set.of(), null, null, "〔2026〕8号", null, null, null)))
        .containsExactly("s1", "b1");
    assertThat(ids(new JournalFilter(Set.of(), null, null, null, "test", null, null)))
        .hasSize(5);
    assertThat(ids(new JournalFilter(Set.of(), null, null, null, null, 1_500_000L, 2_000_000L)))
        .containsExactly("s1", "x1");
    // A wildcard typed by the user is matched as itself.
    assertThat(ids(new JournalFilter(Set.of(), null, null, "%", null, null, null))).isEmpty();
  }

  @Test
  void pagesCountTheWholeSelection() {
    JournalPage second = journal.page(BUDGET, JournalFilter.ALL, 2, 2);
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.entries()).extracting(JournalEntry::entryId).containsExactly("r1", "b1");
  }

  private List<String> ids(JournalFilter filter) {
    return journal.page(BUDGET, filter, 0, 50).entries().stream().map(JournalEntry::entryId)
        .toList();
  }
}
