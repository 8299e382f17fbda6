package org.budgetledger.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.budget.api.OpenBudgetCommand;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.SpendingLeg;

/**
 * A synthetic budget's commands as a client sends them over REST: the open budget as the body of
 * {@code POST /api/budgets}, its entries as adjustment files ({@code POST …/adjustments}). Each
 * entry names its entry id, so a 冲销 can name an entry of an earlier file, as in process.
 */
final class ProvinceRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProvinceRequests() {}

  static String open(OpenBudgetCommand c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", c.budgetId().year());
    body.put("department", c.budgetId().department());
    body.put("departmentName", c.departmentName());
    body.put("format", c.format().name());
    body.put("displayDecimals", c.displayDecimals());
    body.put(
        "units",
        c.units().stream()
            .map(u -> Map.of("code", u.code().toString(), "name", u.name(), "type", u.type()))
            .toList());
    body.put("effectiveDate", c.effectiveDate().toString());
    body.put("basis", basis(c.basis()));
    return write(body);
  }

  /** An adjustment file of the given entries (record or reverse commands). */
  static String file(List<Object> commands) {
    return write(commands.stream().map(ProvinceRequests::entry).toList());
  }

  private static Map<String, Object> entry(Object command) {
    Map<String, Object> e = new LinkedHashMap<>();
    if (command instanceof ReverseEntryCommand r) {
      e.put("requestId", r.requestId());
      e.put("entryId", r.entryId().toString());
      e.put("type", "REVERSAL");
      e.put("reverses", r.reversedEntryId().toString());
      e.put("effectiveDate", r.effectiveDate().toString());
      e.put("basis", basis(r.basis()));
      e.put("reason", r.reason());
      return e;
    }
    RecordEntryCommand c = (RecordEntryCommand) command;
    e.put("requestId", c.requestId());
    e.put("entryId", c.entryId().toString());
    e.put("type", c.type().name());
    e.put("effectiveDate", c.effectiveDate().toString());
    e.put("basis", basis(c.basis()));
    e.put("reason", c.reason());
    e.put("incomeLegs", c.incomeLegs().stream().map(ProvinceRequests::income).toList());
    e.put("spendingLegs", c.spendingLegs().stream().map(ProvinceRequests::spending).toList());
    return e;
  }

  private static Map<String, Object> income(IncomeLeg leg) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("unit", leg.key().unit().toString());
    l.put("fundSource", leg.key().fundSource().name());
    l.put("origin", leg.key().origin().name());
    l.put("amount", wan(leg.amount()));
    return l;
  }

  private static Map<String, Object> spending(SpendingLeg leg) {
    LineKey k = leg.key();
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("unit", k.unit().toString());
    l.put("function", k.function().toString());
    l.put("govEconomic", k.govEconomic().toString());
    l.put("deptEconomic", k.deptEconomic().toString());
    l.put("kind", k.kind().name());
    if (k.project() != null) {
      l.put("projectCode", k.project().code());
      l.put("projectName", k.project().name());
    }
    l.put("fundSource", k.fundSource().name());
    l.put("amount", wan(leg.amount()));
    return l;
  }

  private static Map<String, String> basis(Basis b) {
    return Map.of("document", b.document(), "number", b.number());
  }

  /** Fen as 万元 with its six decimals: exact (1 万元 is 1,000,000 fen). */
  private static String wan(Fen amount) {
    return BigDecimal.valueOf(amount.value(), 6).toPlainString();
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a bench request could not be written as JSON", e);
    }
  }
}
