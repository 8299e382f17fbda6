package org.budgetledger.app.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.CommandTexts;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.InvalidTextException;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.UnitCode;

/** Turns entry requests (REST, CLI files, web form) into commands; errors name the field. */
public final class EntryRequests {
  /**
   * The unit of a REST body's amounts when it names none: 万元, what clients sent before a body could
   * name its unit (a 元 budget's user types 元 on the page and the command line, not here).
   */
  public static final MoneyUnit API_DEFAULT_UNIT = MoneyUnit.WAN_YUAN;

  private EntryRequests() {}

  /**
   * The entry as a command, its amounts read in the unit it names, else in {@code typedIn} (the
   * reader's default: the budget's unit for what a user types, 万元 for REST).
   */
  public static RecordEntryCommand toCommand(
      BudgetId budget, EntryRequest r, Actor actor, String prefix, MoneyUnit typedIn) {
    if (r == null) {
      throw new InvalidRequestException(prefix.isEmpty() ? "body" : prefix, "is required");
    }
    MoneyUnit unit = Fields.unitOr(prefix + "amountUnit", r.amountUnit(), typedIn);
    EntryType type = Fields.read(prefix + "type", r.type(), EntryType::fromText);
    if (type == EntryType.REVERSAL) {
      throw new InvalidRequestException(prefix + "type", "a 冲销 is posted to .../reversal");
    }
    String requestId = requestId(prefix, r.requestId());
    List<IncomeLeg> income = new ArrayList<>();
    List<IncomeLegRequest> in = r.incomeLegs() == null ? List.of() : r.incomeLegs();
    for (int i = 0; i < in.size(); i++) {
      income.add(incomeLeg(in.get(i), prefix + "incomeLegs[" + i + "].", unit));
    }
    List<SpendingLeg> spending = new ArrayList<>();
    List<SpendingLegRequest> out = r.spendingLegs() == null ? List.of() : r.spendingLegs();
    for (int i = 0; i < out.size(); i++) {
      spending.add(spendingLeg(out.get(i), prefix + "spendingLegs[" + i + "].", unit));
    }
    EntryId entryId = entryId(prefix, r.entryId(), budget, requestId);
    LocalDate effective = Fields.date(prefix + "effectiveDate", r.effectiveDate());
    Basis basis = basis(prefix + "basis", r.basis());
    try {
      return new RecordEntryCommand(
          budget, entryId, type, income, spending, effective, basis, r.reason(), actor, requestId);
    } catch (InvalidTextException e) {
      throw new InvalidRequestException(prefix + e.field(), e.getMessage());
    }
  }

  /**
   * Every entry a client sends carries its request id: it is what makes a retry record nothing new,
   * so an entry without one could be recorded twice by a timeout and a second click.
   */
  private static String requestId(String prefix, String given) {
    if (given == null || given.isBlank()) {
      throw new InvalidRequestException(
          prefix + "requestId",
          "is required: the client's id of"
              + " this request, so that sending it again records nothing new");
    }
    try {
      return CommandTexts.check("requestId", given.strip(), CommandTexts.REQUEST_ID);
    } catch (InvalidTextException e) {
      throw new InvalidRequestException(prefix + "requestId", e.getMessage());
    }
  }

  public static ReverseEntryCommand toCommand(
      BudgetId budget, String reversedEntry, ReversalRequest r, Actor actor) {
    String requestId = requestId("", r.requestId());
    EntryId entryId = entryId("", r.entryId(), budget, requestId);
    EntryId reversed = Fields.read("entryId", reversedEntry, EntryId::of);
    LocalDate effective = Fields.date("effectiveDate", r.effectiveDate());
    Basis basis = basis("basis", r.basis());
    try {
      return new ReverseEntryCommand(
          budget, entryId, reversed, effective, basis, r.reason(), actor, requestId);
    } catch (InvalidTextException e) {
      throw new InvalidRequestException(e.field(), e.getMessage());
    }
  }

  public static Basis basis(String field, BasisRequest b) {
    if (b == null) {
      throw new InvalidRequestException(field, "is required (document and 文号)");
    }
    Fields.read(
        field + ".document",
        b.document(),
        t -> CommandTexts.check("document", t, CommandTexts.BASIS_DOCUMENT));
    Fields.read(
        field + ".number",
        b.number(),
        t -> CommandTexts.check("number", t, CommandTexts.BASIS_NUMBER));
    return new Basis(b.document(), b.number());
  }

  private static EntryId entryId(String prefix, String given, BudgetId budget, String requestId) {
    if (given != null && !given.isBlank()) {
      return Fields.read(prefix + "entryId", given, EntryId::of);
    }
    return EntryIds.next(budget, requestId);
  }

  private static IncomeLeg incomeLeg(IncomeLegRequest l, String p, MoneyUnit unit) {
    return new IncomeLeg(
        new IncomeKey(
            Fields.read(p + "unit", l.unit(), UnitCode::of),
            Fields.enumValue(p + "fundSource", ChineseTerms.name(l.fundSource()), FundSource.class),
            l.origin() == null
                ? Origin.CURRENT_YEAR
                : Fields.enumValue(p + "origin", ChineseTerms.name(l.origin()), Origin.class)),
        nonZero(p + "amount", l.amount(), unit));
  }

  private static SpendingLeg spendingLeg(SpendingLegRequest l, String p, MoneyUnit unit) {
    ProjectRef project =
        l.projectCode() == null || l.projectCode().isBlank()
            ? null
            : new ProjectRef(
                l.projectCode(), l.projectName() == null ? l.projectCode() : l.projectName());
    try {
      FunctionCode function = Fields.read(p + "function", l.function(), FunctionCode::of);
      GovEconomicCode gov = Fields.read(p + "govEconomic", l.govEconomic(), GovEconomicCode::of);
      DeptEconomicCode dept =
          Fields.read(p + "deptEconomic", l.deptEconomic(), DeptEconomicCode::of);
      EconomicPairs.check(p, function, gov, dept);
      return new SpendingLeg(
          new LineKey(
              Fields.read(p + "unit", l.unit(), UnitCode::of),
              function,
              gov,
              dept,
              Fields.enumValue(p + "kind", ChineseTerms.name(l.kind()), ExpenditureKind.class),
              project,
              Fields.enumValue(
                  p + "fundSource", ChineseTerms.name(l.fundSource()), FundSource.class)),
          nonZero(p + "amount", l.amount(), unit));
    } catch (InvalidRequestException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(p.substring(0, p.length() - 1), e.getMessage());
    }
  }

  private static org.budgetledger.core.model.Fen nonZero(
      String field, String text, MoneyUnit unit) {
    var fen = Fields.amount(field, text, unit);
    if (fen.isZero()) {
      throw new InvalidRequestException(field, "a leg of zero records nothing");
    }
    return fen;
  }
}
