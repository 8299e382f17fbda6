package org.budgetledger.core.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.BudgetYearClosedEvent;
import org.budgetledger.core.budget.api.CloseYearCommand;
import org.budgetledger.core.budget.api.DisclosureImportedEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.budget.api.ImportOutcome;
import org.budgetledger.core.budget.api.OpenBudgetCommand;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.RenameUnitCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.budget.api.UnitRenamedEvent;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.Unit;

/**
 * The budget of one department for one fiscal year: the consistency boundary of every entry. It
 * decides in command handlers and only assigns state in event sourcing handlers.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
class DepartmentBudget {
  // Not final: the snapshot serializer (Jackson 3) assigns these fields when loading a snapshot.
  @AggregateIdentifier private BudgetId budgetId;
  private Map<String, Unit> units = new LinkedHashMap<>();
  private DatedBalances lines = new DatedBalances();
  private DatedBalances income = new DatedBalances();
  private EntryLog entries = new EntryLog();
  private boolean closed;

  DepartmentBudget() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.ALWAYS)
  void handle(OpenBudgetCommand c) {
    BudgetCommands.rejectIfIncomplete(c);
    apply(
        new BudgetOpenedEvent(
            c.budgetId(),
            c.departmentName(),
            c.format(),
            c.displayDecimals(),
            c.units(),
            c.effectiveDate(),
            c.basis(),
            c.actor()));
  }

  @CommandHandler
  EntryId handle(RecordEntryCommand c) {
    EntryId earlier = entries.forRequest(c.requestId());
    if (earlier != null) {
      EntryRules.rejectIfRequestReused(entries.find(earlier), c);
      return earlier;
    }
    rejectIfClosed();
    rejectIfSecondInitialBudget(c.type());
    EntryRules.rejectIfUnclassified(c.spendingLegs());
    EntryRules.rejectIfBasicKindAgainstCode(lines, c.spendingLegs());
    rejectIfEntryInvalid(
        c.entryId(), c.type(), c.incomeLegs(), c.spendingLegs(), c.effectiveDate());
    apply(
        new EntryRecordedEvent(
            budgetId,
            c.entryId(),
            c.type(),
            c.incomeLegs(),
            c.spendingLegs(),
            c.effectiveDate(),
            c.basis(),
            c.reason(),
            c.actor(),
            c.requestId(),
            null));
    return c.entryId();
  }

  @CommandHandler
  EntryId handle(ReverseEntryCommand c) {
    EntryId earlier = entries.forRequest(c.requestId());
    if (earlier != null) {
      return earlier;
    }
    rejectIfClosed();
    EntryRecordedEvent target = reversibleEntry(c.reversedEntryId());
    List<IncomeLeg> in = target.incomeLegs().stream().map(IncomeLeg::negated).toList();
    List<SpendingLeg> out = target.spendingLegs().stream().map(SpendingLeg::negated).toList();
    rejectIfEntryInvalid(c.entryId(), EntryType.REVERSAL, in, out, c.effectiveDate());
    apply(
        new EntryRecordedEvent(
            budgetId,
            c.entryId(),
            EntryType.REVERSAL,
            in,
            out,
            c.effectiveDate(),
            c.basis(),
            c.reason(),
            c.actor(),
            c.requestId(),
            target.entryId()));
    return c.entryId();
  }

  @CommandHandler
  void handle(RenameUnitCommand c) {
    rejectIfClosed();
    if (!units.containsKey(c.unit().value())) {
      throw new BudgetRuleViolation(BudgetRule.UNKNOWN_UNIT, "unit " + c.unit());
    }
    apply(
        new UnitRenamedEvent(
            budgetId, c.unit(), c.name(), c.type(), c.effectiveDate(), c.basis(), c.actor()));
  }

  @CommandHandler
  void handle(CloseYearCommand c) {
    rejectIfClosed();
    apply(new BudgetYearClosedEvent(budgetId, c.effectiveDate(), c.basis(), c.actor()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  ImportOutcome handle(ImportDisclosureCommand c) {
    EntryId earlier = entries.forDocument(c.contentHash());
    if (earlier != null) {
      return new ImportOutcome(true, earlier);
    }
    if (budgetId == null) {
      apply(
          new BudgetOpenedEvent(
              c.budgetId(),
              c.departmentName(),
              c.format(),
              c.displayDecimals(),
              c.units(),
              c.effectiveDate(),
              c.basis(),
              c.actor()));
    }
    rejectIfClosed();
    if (entries.hasInitialBudget()) {
      throw new BudgetRuleViolation(
          BudgetRule.INITIAL_BUDGET_EXISTS,
          "budget "
              + budgetId
              + " already has one; record the differences of "
              + c.fileName()
              + " as adjustments");
    }
    rejectIfEntryInvalid(
        c.entryId(), EntryType.INITIAL_BUDGET, c.incomeLegs(), c.spendingLegs(), c.effectiveDate());
    DisclosureImport.applyAll(budgetId, c);
    return new ImportOutcome(false, c.entryId());
  }

  /** One 年初预算 a year: the import's, or one recorded by hand; later changes are adjustments. */
  private void rejectIfSecondInitialBudget(EntryType type) {
    if (type == EntryType.INITIAL_BUDGET && entries.hasInitialBudget()) {
      throw new BudgetRuleViolation(
          BudgetRule.INITIAL_BUDGET_EXISTS,
          "budget " + budgetId + " already has its 年初预算; record changes as 追加, 追减 or 调剂");
    }
  }

  private void rejectIfEntryInvalid(
      EntryId entryId,
      EntryType type,
      List<IncomeLeg> in,
      List<SpendingLeg> out,
      LocalDate effectiveDate) {
    if (entryId == null || entries.contains(entryId)) {
      throw new BudgetRuleViolation(BudgetRule.DUPLICATE_ENTRY_ID, "entry " + entryId);
    }
    EntryRules.rejectIfOutsideYear(budgetId.year(), effectiveDate);
    EntryRules.rejectIfEmpty(in, out);
    if (type != EntryType.REVERSAL) {
      EntryRules.rejectIfWrongSign(type, in, out);
    }
    EntryRules.rejectIfUnbalanced(type, in, out);
    EntryRules.rejectIfUnknownUnits(units.keySet(), in, out);
    BalanceRules.rejectIfAnyLineWouldGoNegative(lines, out, effectiveDate);
    BalanceRules.rejectIfAnyIncomeWouldGoNegative(income, in, effectiveDate);
  }

  private EntryRecordedEvent reversibleEntry(EntryId id) {
    EntryRecordedEvent target = id == null ? null : entries.find(id);
    if (target == null) {
      throw new BudgetRuleViolation(BudgetRule.UNKNOWN_ENTRY, "entry " + id + " in " + budgetId);
    }
    if (target.type() == EntryType.REVERSAL) {
      throw new BudgetRuleViolation(BudgetRule.REVERSAL_OF_REVERSAL, "entry " + id);
    }
    if (entries.isReversed(id)) {
      throw new BudgetRuleViolation(BudgetRule.ALREADY_REVERSED, "entry " + id);
    }
    return target;
  }

  private void rejectIfClosed() {
    if (closed) {
      throw new BudgetRuleViolation(BudgetRule.YEAR_CLOSED, "budget " + budgetId);
    }
  }

  @EventSourcingHandler
  void on(BudgetOpenedEvent e) {
    budgetId = e.budgetId();
    e.units().forEach(u -> units.put(u.code().value(), u));
  }

  @EventSourcingHandler
  void on(UnitRenamedEvent e) {
    units.put(e.unit().value(), new Unit(e.unit(), e.name(), e.type()));
  }

  @EventSourcingHandler
  void on(EntryRecordedEvent e) {
    entries.record(e);
    e.spendingLegs()
        .forEach(l -> lines.add(l.key().canonical(), e.effectiveDate(), l.amount().value()));
    e.incomeLegs()
        .forEach(l -> income.add(l.key().canonical(), e.effectiveDate(), l.amount().value()));
  }

  @EventSourcingHandler
  void on(DisclosureImportedEvent e) {
    EntryId entry = entries.forRequest(DisclosureImport.requestId(e.contentHash()));
    entries.recordDocument(e.contentHash(), entry);
  }

  @EventSourcingHandler
  void on(BudgetYearClosedEvent e) {
    closed = true;
  }
}
