package org.budgetledger.app.request;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.UnitCode;

/** Turns entry requests (REST, CLI files, web form) into commands; errors name the field. */
public final class EntryRequests {
  private EntryRequests() {}

  public static RecordEntryCommand toCommand(BudgetId budget, EntryRequest r, Actor actor,
      String prefix) {
    if (r == null) {
      throw new InvalidRequestException(prefix.isEmpty() ? "body" : prefix, "is required");
    }
    EntryType type = Fields.read(prefix + "type", r.type(), EntryType::fromText);
    if (type == EntryType.REVERSAL) {
      throw new InvalidRequestException(prefix + "type", "a 冲销 is posted to .../reversal");
    }
    List<IncomeLeg> income = new ArrayList<>();
    List<IncomeLegRequest> in = r.incomeLegs() == null ? List.of() : r.incomeLegs();
    for (int i = 0; i < in.size(); i++) {
      income.add(incomeLeg(in.get(i), prefix + "incomeLegs[" + i + "]."));
    }
    List<SpendingLeg> spending = new ArrayList<>();
    List<SpendingLegRequest> out = r.spendingLegs() == null ? List.of() : r.spendingLegs();
    for (int i = 0; i < out.size(); i++) {
      spending.add(spendingLeg(out.get(i), prefix + "spendingLegs[" + i + "]."));
    }
    String requestId = r.requestId() == null || r.requestId().isBlank() ? null : r.requestId();
    return new RecordEntryCommand(budget, entryId(prefix, r.entryId(), budget, requestId), type,
        income, spending, Fields.date(prefix + "effectiveDate", r.effectiveDate()),
        basis(prefix + "basis", r.basis()), r.reason(), actor, requestId);
  }

  public static ReverseEntryCommand toCommand(BudgetId budget, String reversedEntry,
      ReversalRequest r, Actor actor) {
    String requestId = r.requestId() == null || r.requestId().isBlank() ? null : r.requestId();
    return new ReverseEntryCommand(budget, entryId("", r.entryId(), budget, requestId),
        Fields.read("entryId", reversedEntry, EntryId::of),
        Fields.date("effectiveDate", r.effectiveDate()), basis("basis", r.basis()), r.reason(),
        actor, requestId);
  }

  public static Basis basis(String field, BasisRequest b) {
    if (b == null) {
      throw new InvalidRequestException(field, "is required (document and 文号)");
    }
    Fields.read(field + ".document", b.document(), t -> t);
    Fields.read(field + ".number", b.number(), t -> t);
    return new Basis(b.document(), b.number());
  }

  private static EntryId entryId(String prefix, String given, BudgetId budget, String requestId) {
    if (given != null && !given.isBlank()) {
      return Fields.read(prefix + "entryId", given, EntryId::of);
    }
    return EntryIds.next(budget, requestId);
  }

  private static IncomeLeg incomeLeg(IncomeLegRequest l, String p) {
    return new IncomeLeg(new IncomeKey(Fields.read(p + "unit", l.unit(), UnitCode::of),
        Fields.enumValue(p + "fundSource", l.fundSource(), FundSource.class),
        l.origin() == null ? Origin.CURRENT_YEAR
            : Fields.enumValue(p + "origin", l.origin(), Origin.class)),
        nonZero(p + "amount", l.amount()));
  }

  private static SpendingLeg spendingLeg(SpendingLegRequest l, String p) {
    ProjectRef project = l.projectCode() == null || l.projectCode().isBlank() ? null
        : new ProjectRef(l.projectCode(), l.projectName() == null ? l.projectCode() : l.projectName());
    try {
      return new SpendingLeg(new LineKey(Fields.read(p + "unit", l.unit(), UnitCode::of),
          Fields.read(p + "function", l.function(), FunctionCode::of),
          Fields.read(p + "govEconomic", l.govEconomic(), GovEconomicCode::of),
          Fields.read(p + "deptEconomic", l.deptEconomic(), DeptEconomicCode::of),
          Fields.enumValue(p + "kind", l.kind(), ExpenditureKind.class), project,
          Fields.enumValue(p + "fundSource", l.fundSource(), FundSource.class)),
          nonZero(p + "amount", l.amount()));
    } catch (InvalidRequestException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(p.substring(0, p.length() - 1), e.getMessage());
    }
  }

  private static org.budgetledger.core.model.Fen nonZero(String field, String text) {
    var fen = Fields.wan(field, text);
    if (fen.isZero()) {
      throw new InvalidRequestException(field, "a leg of zero records nothing");
    }
    return fen;
  }
}
