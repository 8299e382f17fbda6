package org.budgetledger.app.audit.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.junit.jupiter.api.Test;

class PairedRowsTest {

  final List<long[]> exactReads = new ArrayList<>();

  @Test
  void rowsPairedByGlobalIndexPassWithoutAnExactRead() {
    List<HashedEvent> read = read(List.of(row(1, "e1", "e1"), row(2, "e2", "e2")), List.of());
    assertThat(read).extracting(h -> h.event().eventIdentifier()).containsExactly("e1", "e2");
    assertThat(exactReads).isEmpty();
  }

  @Test
  void theFirstMismatchSwitchesToTheExactJoinFromThatGlobalIndex() {
    List<HashedEvent> read =
        read(
            List.of(row(1, "e1", "e1"), row(2, "e3", "e2"), row(3, "e2", "e3")),
            List.of(row(2, "e3", "e3"), row(3, "e2", "e2")));
    assertThat(read)
        .extracting(h -> h.event().eventIdentifier() + "/" + h.event().globalIndex())
        .containsExactly("e1/1", "e3/2", "e2/3");
    assertThat(exactReads).containsExactly(new long[] {2, 1});
  }

  @Test
  void anEventWithoutAHashRowIsReadExactly() {
    List<HashedEvent> read =
        read(
            List.of(row(1, "e1", null), row(2, "e2", "e2")),
            List.of(row(1, "e1", null), row(2, "e2", "e2")));
    assertThat(read).extracting(h -> h.event().eventIdentifier()).containsExactly("e1", "e2");
    assertThat(exactReads).containsExactly(new long[] {1, 0});
  }

  @Test
  void aSecondHashRowClaimingAnAcceptedGlobalIndexIsSkipped() {
    List<HashedEvent> read =
        read(List.of(row(1, "e1", "e1"), row(1, "e1", "forged"), row(2, "e2", "e2")), List.of());
    assertThat(read).extracting(h -> h.event().eventIdentifier()).containsExactly("e1", "e2");
    assertThat(exactReads).isEmpty();
  }

  private List<HashedEvent> read(List<CopiedRow> paired, List<CopiedRow> exact) {
    List<HashedEvent> read = new ArrayList<>();
    new PairedRows(
            paired.iterator(),
            (from, delivered) -> {
              exactReads.add(new long[] {from, delivered});
              return exact.iterator();
            })
        .forEachRemaining(read::add);
    return read;
  }

  private static CopiedRow row(long globalIndex, String id, String hashedId) {
    StoredEvent event =
        new StoredEvent(globalIndex, id, "a", globalIndex, "T", null, "t", "{}", "{}");
    return new CopiedRow(new HashedEvent(event, hashedId == null ? null : new byte[32]), hashedId);
  }
}
