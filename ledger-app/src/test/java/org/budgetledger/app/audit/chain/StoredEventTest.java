package org.budgetledger.app.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredEventTest {
  private static final String PAYLOAD = "{\"reason\":\"追加办公经费\",\"amount\":10000}";

  @Test
  void anEventReadAsBytesEqualsTheSameEventMadeFromTextAndHashesAlike() {
    StoredEvent text =
        new StoredEvent(
            7,
            "e-1",
            "2026-201",
            3,
            "EntryRecordedEvent",
            "1",
            "2026-05-01T00:00:00Z",
            PAYLOAD,
            "{}");
    StoredBytes bytes = new StoredBytes(utf8("2026-05-01T00:00:00Z"), utf8(PAYLOAD), utf8("{}"));
    StoredEvent stored =
        StoredEvent.ofStored(7, "e-1", "2026-201", 3, "EntryRecordedEvent", "1", bytes);

    assertThat(stored.payload()).isEqualTo(PAYLOAD);
    assertThat(stored).isEqualTo(text).hasSameHashCodeAs(text);
    byte[] genesis = EventHasher.genesis();
    assertThat(new EventHasher().hash(stored, bytes, genesis))
        .isEqualTo(new EventHasher().hash(text, genesis));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
