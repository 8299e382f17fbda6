package org.budgetledger.app.adjustment;

import java.util.Objects;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.EntryId;

/**
 * One entry of an adjustment file, read into its command: a 追加, 追减, 调剂 or 结转 to record, or
 * a 冲销 of an earlier entry. {@code place} says where it came from (file and line or entry index)
 * so that a rejection can name it. Exactly one of {@code entry} and {@code reversal} is set.
 */
public record AdjustmentEntry(FilePlace place, RecordEntryCommand entry,
    ReverseEntryCommand reversal) {
  public AdjustmentEntry {
    Objects.requireNonNull(place, "place");
    if ((entry == null) == (reversal == null)) {
      throw new IllegalArgumentException("an adjustment is an entry or a reversal, not both");
    }
  }

  public static AdjustmentEntry of(FilePlace place, RecordEntryCommand entry) {
    return new AdjustmentEntry(place, entry, null);
  }

  public static AdjustmentEntry of(FilePlace place, ReverseEntryCommand reversal) {
    return new AdjustmentEntry(place, null, reversal);
  }

  public Object command() {
    return entry != null ? entry : reversal;
  }

  public EntryId entryId() {
    return entry != null ? entry.entryId() : reversal.entryId();
  }

  public String requestId() {
    return entry != null ? entry.requestId() : reversal.requestId();
  }
}
