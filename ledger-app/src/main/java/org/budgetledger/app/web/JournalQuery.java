package org.budgetledger.app.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.entries.JournalFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter of 分录列表 as the page's form gives it, bound from the request by its parameter names
 * (type, repeated; from and to, effective dates; basisNumber; actor; minAmount and maxAmount in the
 * budget's unit, as its entries print; page): the same values build the query, the page's links and
 * the export.
 */
public record JournalQuery(
    List<String> type,
    String from,
    String to,
    String basisNumber,
    String actor,
    String minAmount,
    String maxAmount,
    Integer page) {
  static final int PAGE_SIZE = 50;

  public JournalQuery {
    type = type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).toList();
    page = page == null || page < 1 ? 1 : page;
  }

  /** {@code unit}: the budget's, which the amount filters are typed in. */
  JournalFilter filter(MoneyUnit unit) {
    Set<EntryType> set = EnumSet.noneOf(EntryType.class);
    type.forEach(t -> set.add(Fields.enumValue("type", t, EntryType.class)));
    return new JournalFilter(
        set,
        date("from", from),
        date("to", to),
        basisNumber,
        actor,
        fen("minAmount", minAmount, unit),
        fen("maxAmount", maxAmount, unit));
  }

  public boolean has(String type) {
    return this.type.contains(type);
  }

  /** The query string of this filter on another page ({@code 0}: no page, as for the export). */
  public String query(int otherPage) {
    UriComponentsBuilder b = UriComponentsBuilder.newInstance();
    type.forEach(t -> b.queryParam("type", t));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("from", from);
    values.put("to", to);
    values.put("basisNumber", basisNumber);
    values.put("actor", actor);
    values.put("minAmount", minAmount);
    values.put("maxAmount", maxAmount);
    values.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            b.queryParam(k, v.strip());
          }
        });
    if (otherPage > 1) {
      b.queryParam("page", otherPage);
    }
    String q = b.encode().build().getQuery();
    return q == null ? "" : q;
  }

  private static LocalDate date(String field, String text) {
    return Fields.optional(field, text, LocalDate::parse);
  }

  private static Long fen(String field, String text, MoneyUnit unit) {
    Fen amount = Fields.optional(field, text, unit::parse);
    return amount == null ? null : amount.value();
  }
}
