package org.budgetledger.app.adjustment;

import java.util.Objects;
import org.budgetledger.core.budget.api.BudgetCommand;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.EntryId;

/**
 * One entry of an adjustment file, read into its command: a 追加, 追减, 调剂 or 结转 to record ({@link
 * Recorded}), or a 冲销 of an earlier entry ({@link Reversal}). {@code place} says where it came from
 * (file and line or entry index) so that a rejection can name it.
 */
public sealed interface AdjustmentEntry {
  FilePlace place();

  BudgetCommand command();

  EntryId entryId();

  String requestId();

  static AdjustmentEntry of(FilePlace place, RecordEntryCommand entry) {
    return new Recorded(place, entry);
  }

  static AdjustmentEntry of(FilePlace place, ReverseEntryCommand reversal) {
    return new Reversal(place, reversal);
  }

  /** A 追加, 追减, 调剂 or 结转 to record. */
  record Recorded(FilePlace place, RecordEntryCommand command) implements AdjustmentEntry {
    public Recorded {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(command, "command");
    }

    @Override
    public EntryId entryId() {
      return command.entryId();
    }

    @Override
    public String requestId() {
      return command.requestId();
    }
  }

  /** A 冲销 of an entry recorded earlier, in the ledger or in the same file. */
  record Reversal(FilePlace place, ReverseEntryCommand command) implements AdjustmentEntry {
    public Reversal {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(command, "command");
    }

    @Override
    public EntryId entryId() {
      return command.entryId();
    }

    @Override
    public String requestId() {
      return command.requestId();
    }
  }
}
