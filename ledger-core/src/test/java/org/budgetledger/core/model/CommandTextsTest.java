package org.budgetledger.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A command's texts: within their limits, one printable line; the refusal names the field. */
class CommandTextsTest {
  @Test
  void refusesATextOverItsLimitNamingTheField() {
    assertThatThrownBy(() -> CommandTexts.check("reason", "x".repeat(1 << 20), CommandTexts.REASON))
        .isInstanceOf(InvalidTextException.class)
        .hasMessage("reason has 1048576 characters; the limit is 2000")
        .extracting(e -> ((InvalidTextException) e).field())
        .isEqualTo("reason");
  }

  @Test
  void refusesControlCharactersAndHalfSurrogates() {
    assertThatThrownBy(() -> CommandTexts.check("reason", "办公\u0000经费", CommandTexts.REASON))
        .hasMessage(
            "reason holds the control character U+0000 at position 3: texts are one line"
                + " of printable characters");
    assertThatThrownBy(() -> CommandTexts.check("reason", "a\nb", CommandTexts.REASON))
        .hasMessageContaining("U+000A");
    assertThatThrownBy(() -> CommandTexts.check("reason", "a\ud83d", CommandTexts.REASON))
        .hasMessage("reason holds half of a surrogate pair at position 2");
  }

  @Test
  void acceptsChineseTextsAndPairsAtTheLimit() {
    assertThat(CommandTexts.check("reason", "追加办公经费😀", CommandTexts.REASON)).isEqualTo("追加办公经费😀");
    assertThat(CommandTexts.check("reason", "经".repeat(2_000), CommandTexts.REASON)).hasSize(2_000);
    assertThat(CommandTexts.check("reason", null, CommandTexts.REASON)).isNull();
  }
}
