package org.budgetledger.app.inquiry.provenance;

import java.util.List;
import org.budgetledger.core.model.SpendingTag;

/** A 政府采购 or 政府购买服务 tag behind a cell: tags are facts on spending, not ledger legs. */
public record TracedTag(
    String kind, List<String> path, String serviceArea, long amountFen, String amountWan) {
  static TracedTag of(SpendingTag tag) {
    return new TracedTag(
        tag.kind().name(),
        tag.path(),
        tag.serviceArea(),
        tag.amount().value(),
        tag.amount().formatWan(6));
  }
}
