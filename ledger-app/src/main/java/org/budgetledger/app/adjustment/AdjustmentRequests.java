package org.budgetledger.app.adjustment;

import java.util.List;
import java.util.Map;
import org.budgetledger.app.request.ChineseTerms;
import org.budgetledger.app.request.EntryRequest;
import org.budgetledger.app.request.EntryRequests;
import org.budgetledger.app.request.Fields;
import org.budgetledger.app.request.IncomeLegRequest;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.app.request.ReversalRequest;
import org.budgetledger.app.request.SpendingLegRequest;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.MoneyUnit;

/**
 * Turns one request of a file into its command, with the same reading (and the same field names in
 * errors) as the REST entry endpoints. Chinese terms are accepted wherever a name is. A file's
 * entries need request ids: they make the entry ids, so running a file twice records it once.
 */
final class AdjustmentRequests {
  private AdjustmentRequests() {}

  /**
   * {@code earlier}: entry ids by request id of the file's entries before this one; {@code
   * typedIn}: the unit of amounts of an entry that names none.
   */
  static AdjustmentEntry toEntry(
      FilePlace place,
      BudgetId budget,
      AdjustmentRequest r,
      Actor actor,
      Map<String, EntryId> earlier,
      MoneyUnit typedIn) {
    Fields.read("requestId", r.requestId(), t -> t);
    if (earlier.containsKey(r.requestId().strip())) {
      throw new InvalidRequestException(
          "requestId", "'" + r.requestId() + "' is used by an earlier entry of the file");
    }
    if (ChineseTerms.isReversal(r.type())) {
      return AdjustmentEntry.of(place, reversal(budget, r, actor, earlier));
    }
    if (r.reverses() != null && !r.reverses().isBlank()) {
      throw new InvalidRequestException("reverses", "only a 冲销 (REVERSAL) reverses an entry");
    }
    EntryRequest entry =
        new EntryRequest(
            r.entryId(),
            ChineseTerms.name(r.type()),
            r.incomeLegs() == null
                ? null
                : r.incomeLegs().stream().map(AdjustmentRequests::income).toList(),
            r.spendingLegs() == null
                ? null
                : r.spendingLegs().stream().map(AdjustmentRequests::spending).toList(),
            r.effectiveDate(),
            r.basis(),
            r.reason(),
            r.requestId().strip(),
            r.amountUnit());
    return AdjustmentEntry.of(place, EntryRequests.toCommand(budget, entry, actor, "", typedIn));
  }

  private static org.budgetledger.core.budget.api.ReverseEntryCommand reversal(
      BudgetId budget, AdjustmentRequest r, Actor actor, Map<String, EntryId> earlier) {
    if (!isEmpty(r.incomeLegs()) || !isEmpty(r.spendingLegs())) {
      throw new InvalidRequestException(
          isEmpty(r.spendingLegs()) ? "incomeLegs" : "spendingLegs",
          "a 冲销 takes its legs from the entry it reverses; give none");
    }
    String given = Fields.read("reverses", r.reverses(), t -> t);
    EntryId reversed =
        earlier.containsKey(given)
            ? earlier.get(given)
            : Fields.read("reverses", given, EntryId::of);
    return EntryRequests.toCommand(
        budget,
        reversed.value(),
        new ReversalRequest(
            r.entryId(), r.effectiveDate(), r.basis(), r.reason(), r.requestId().strip()),
        actor);
  }

  private static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }

  private static IncomeLegRequest income(IncomeLegRequest l) {
    return l == null
        ? new IncomeLegRequest(null, null, null, null)
        : new IncomeLegRequest(
            l.unit(), ChineseTerms.name(l.fundSource()), ChineseTerms.name(l.origin()), l.amount());
  }

  private static SpendingLegRequest spending(SpendingLegRequest l) {
    return l == null
        ? new SpendingLegRequest(null, null, null, null, null, null, null, null, null)
        : new SpendingLegRequest(
            l.unit(),
            l.function(),
            l.govEconomic(),
            l.deptEconomic(),
            ChineseTerms.name(l.kind()),
            l.projectCode(),
            l.projectName(),
            ChineseTerms.name(l.fundSource()),
            l.amount());
  }
}
