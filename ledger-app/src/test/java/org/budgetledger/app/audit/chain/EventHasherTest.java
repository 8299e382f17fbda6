package org.budgetledger.app.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class EventHasherTest {

  private static final StoredEvent EVENT =
      new StoredEvent(
          7, "e1", "b1", 258, "T", null, "2025-01-01T00:00:00Z", "{\"amountFen\":5}", "{}");

  @Test
  void canonicalBytesFollowTheDocumentedLayout() {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(0x01);
    expected.writeBytes(new byte[] {0, 0, 0, 2, 'e', '1'});
    expected.writeBytes(new byte[] {0, 0, 0, 2, 'b', '1'});
    expected.writeBytes(new byte[] {0, 0, 0, 0, 0, 0, 1, 2});
    expected.writeBytes(new byte[] {0, 0, 0, 1, 'T'});
    expected.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
    expected.writeBytes(new byte[] {0, 0, 0, 20});
    expected.writeBytes("2025-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
    expected.writeBytes(new byte[] {0, 0, 0, 15});
    expected.writeBytes("{\"amountFen\":5}".getBytes(StandardCharsets.UTF_8));
    expected.writeBytes(new byte[] {0, 0, 0, 2, '{', '}'});

    assertThat(EventHasher.canonicalBytes(EVENT)).isEqualTo(expected.toByteArray());
  }

  @Test
  void hashIsSha256OfThePreviousHashThenTheCanonicalBytes() throws Exception {
    byte[] previous = new byte[32];
    previous[5] = 9;
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update(previous);

    assertThat(new EventHasher().hash(EVENT, previous))
        .isEqualTo(sha256.digest(EventHasher.canonicalBytes(EVENT)));
  }

  @Test
  void genesisIsThirtyTwoZeroBytes() {
    assertThat(EventHasher.genesis()).hasSize(32).containsOnly(0);
  }

  @Test
  void lengthPrefixesKeepFieldBoundariesApart() {
    StoredEvent split = new StoredEvent(1, "ab", "c", 0, "T", "1", "t", "{}", "{}");
    StoredEvent shifted = new StoredEvent(1, "a", "bc", 0, "T", "1", "t", "{}", "{}");
    EventHasher hasher = new EventHasher();

    assertThat(hasher.hash(split, EventHasher.genesis()))
        .isNotEqualTo(hasher.hash(shifted, EventHasher.genesis()));
  }

  @Test
  void anAbsentRevisionDiffersFromAnEmptyOne() {
    StoredEvent empty = new StoredEvent(1, "e", "b", 0, "T", "", "t", "{}", "{}");
    StoredEvent absent = new StoredEvent(1, "e", "b", 0, "T", null, "t", "{}", "{}");

    assertThat(EventHasher.canonicalBytes(empty)).isNotEqualTo(EventHasher.canonicalBytes(absent));
  }

  @Test
  void theGlobalIndexIsNotHashedSoTheChainSurvivesAReorderedIndex() {
    StoredEvent renumbered =
        new StoredEvent(
            99, "e1", "b1", 258, "T", null, "2025-01-01T00:00:00Z", "{\"amountFen\":5}", "{}");

    assertThat(EventHasher.canonicalBytes(renumbered)).isEqualTo(EventHasher.canonicalBytes(EVENT));
  }

  @Test
  void nonAsciiTextIsHashedAsUtf8() {
    StoredEvent chinese =
        new StoredEvent(1, "e", "b", 0, "T", "1", "t", "{\"name\":\"一般公共预算\"}", "{}");
    int payloadBytes = "{\"name\":\"一般公共预算\"}".getBytes(StandardCharsets.UTF_8).length;

    assertThat(EventHasher.canonicalBytes(chinese))
        .hasSize(1 + 5 + 5 + 8 + 5 + 5 + 5 + 4 + payloadBytes + 6);
  }
}
