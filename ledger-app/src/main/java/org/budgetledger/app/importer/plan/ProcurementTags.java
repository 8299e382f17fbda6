package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.ProcurementPaths;
import org.budgetledger.app.importer.document.ProcurementRow;
import org.budgetledger.app.importer.document.ProcurementTable;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.projections.tables.procurement.ProcurementBuilder;

/**
 * The 政府采购 tags of a document at the grain it prints: one per category (a table by category), or
 * one per 采购品目 row and 资金来源 column with money (a table printed row by row). Subtotal rows
 * (category, unit or 专项) are not tagged: the rebuilt table sums the items under them, so a printed
 * subtotal that is not the sum of its items is a finding. An item row with a 总计 and no fund figure
 * is tagged with its 总计 and no fund source, the grain it does determine. A 小计 over the fund columns
 * of one heading is not a fund: it is not tagged, the rebuilt table sums its siblings.
 */
final class ProcurementTags {
  private ProcurementTags() {}

  static List<SpendingTag> of(ProcurementTable table) {
    List<SpendingTag> tags = new ArrayList<>();
    List<List<String>> paths = ProcurementPaths.of(table);
    for (int i = 0; i < table.rows().size(); i++) {
      ProcurementRow row = table.rows().get(i);
      if (!row.isItem(table.detailed())) {
        continue;
      }
      List<String> path = table.detailed() ? paths.get(i) : List.of(row.category().toString());
      boolean byFund = false;
      for (int s = 0; s < row.bySource().size(); s++) {
        PublishedAmount amount = row.bySource().get(s);
        if (ProcurementBuilder.isSubtotalColumn(table.sources().get(s))) {
          continue;
        }
        if (amount != null && PublishedAmount.printed(amount) && !amount.value().isZero()) {
          List<String> withFund = new ArrayList<>(path);
          withFund.add(SpendingTag.fundSource(table.sources().get(s)));
          tags.add(new SpendingTag(TagKind.PROCUREMENT, withFund, "", amount.value()));
          byFund = true;
        }
      }
      if (!byFund && row.amount() != null && PublishedAmount.printed(row.amount())) {
        tags.add(new SpendingTag(TagKind.PROCUREMENT, path, "", row.amount().value()));
      }
    }
    return tags;
  }
}
