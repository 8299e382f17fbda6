package org.budgetledger.core.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.FiscalYear;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;

/** The rules an entry must keep on its own, before the budget's balances are consulted. */
final class EntryRules {
  private EntryRules() {}

  static void rejectIfOutsideYear(FiscalYear year, LocalDate effectiveDate) {
    if (effectiveDate == null || !year.contains(effectiveDate)) {
      throw new BudgetRuleViolation(
          BudgetRule.OUTSIDE_FISCAL_YEAR,
          "effective date " + effectiveDate + " is not in fiscal year " + year);
    }
  }

  /**
   * A retried request is recognised by its request id; the same id with other content is a client
   * error (two entries under one id), refused rather than answered with the first entry while the
   * second is silently dropped.
   */
  static void rejectIfRequestReused(EntryRecordedEvent earlier, RecordEntryCommand c) {
    if (earlier == null) {
      return;
    }
    boolean same =
        earlier.type() == c.type()
            && earlier.incomeLegs().equals(c.incomeLegs())
            && earlier.spendingLegs().equals(c.spendingLegs())
            && earlier.effectiveDate().equals(c.effectiveDate())
            && earlier.basis().equals(c.basis())
            && java.util.Objects.equals(earlier.reason(), c.reason());
    if (!same) {
      throw new BudgetRuleViolation(
          BudgetRule.REQUEST_ID_REUSED,
          "request id '"
              + c.requestId()
              + "' already recorded entry "
              + earlier.entryId()
              + " with different content; send a new request id for a new entry");
    }
  }

  static void rejectIfEmpty(List<IncomeLeg> income, List<SpendingLeg> spending) {
    if (income.isEmpty() && spending.isEmpty()) {
      throw new BudgetRuleViolation(BudgetRule.EMPTY_ENTRY, "the entry has no legs");
    }
  }

  /**
   * Income equals spending, except that a 年初预算 may keep income unspent (年终结转结余, as a published
   * budget prints it) and a 冲销 mirrors its entry's legs exactly, balanced or not.
   */
  static void rejectIfUnbalanced(
      EntryType type, List<IncomeLeg> income, List<SpendingLeg> spending) {
    long in = income.stream().mapToLong(l -> l.amount().value()).reduce(0, Math::addExact);
    long out = spending.stream().mapToLong(l -> l.amount().value()).reduce(0, Math::addExact);
    if (type == EntryType.REALLOCATION) {
      if (!income.isEmpty() || out != 0) {
        throw new BudgetRuleViolation(
            BudgetRule.REALLOCATION_NOT_NET_ZERO,
            income.size() + " income legs, spending nets to " + out + " fen");
      }
    } else if (type == EntryType.INITIAL_BUDGET && in > out) {
      return; // the excess is the 年终结转结余 the published budget keeps for next year
    } else if (type != EntryType.REVERSAL && in != out) {
      throw new BudgetRuleViolation(
          BudgetRule.UNBALANCED,
          "income " + in + " fen ≠ spending " + out + " fen (difference " + (in - out) + ")");
    }
  }

  /** 年初预算, 追加 and 结转 add money; 追减 takes it away; 调剂 moves it both ways. */
  static void rejectIfWrongSign(
      EntryType type, List<IncomeLeg> income, List<SpendingLeg> spending) {
    for (int i = 0; i < income.size(); i++) {
      IncomeLeg leg = income.get(i);
      rejectIfWrongSign(type, leg.amount().value(), "income leg " + (i + 1) + " " + leg.key());
      if (type == EntryType.CARRY_OVER && leg.key().origin() != Origin.CARRY_OVER) {
        throw new BudgetRuleViolation(
            BudgetRule.WRONG_SIGN,
            "income leg " + (i + 1) + " of a 结转 must have origin CARRY_OVER (上年结转结余)");
      }
    }
    if (type == EntryType.REALLOCATION) {
      return;
    }
    for (int i = 0; i < spending.size(); i++) {
      SpendingLeg leg = spending.get(i);
      rejectIfWrongSign(type, leg.amount().value(), "spending leg " + (i + 1) + " " + leg.key());
    }
  }

  private static void rejectIfWrongSign(EntryType type, long amount, String where) {
    boolean negativeType = type == EntryType.REDUCTION;
    if (negativeType ? amount >= 0 : amount <= 0) {
      throw new BudgetRuleViolation(
          BudgetRule.WRONG_SIGN,
          where
              + ": a "
              + type.chinese()
              + " leg must be "
              + (negativeType ? "negative" : "positive")
              + ", got "
              + amount
              + " fen");
    }
  }

  /** Lines without economic codes record gaps in a published document; people post full codes. */
  static void rejectIfUnclassified(List<SpendingLeg> spending) {
    for (int i = 0; i < spending.size(); i++) {
      var key = spending.get(i).key();
      if (key.isUnclassified() || !key.function().isItemLevel()) {
        throw new BudgetRuleViolation(
            BudgetRule.UNCLASSIFIED_LINE,
            "spending leg "
                + (i + 1)
                + " "
                + key
                + " needs a 7-digit function code and both economic codes");
      }
    }
  }

  /**
   * A clerk's entry may not open a basic line in the kind its 部门经济分类 code does not belong to: by
   * hand that is a slip (30101 基本工资 under 公用经费), and the published tables rebuilt from it would
   * carry it. A line a published document printed that way (杭州市公安局's 30399 under 公用经费), imported as
   * printed, stays adjustable: the breach is the document's, reported by the auditor's checks.
   */
  static void rejectIfBasicKindAgainstCode(DatedBalances lines, List<SpendingLeg> spending) {
    for (int i = 0; i < spending.size(); i++) {
      var key = spending.get(i).key();
      if (key.breachesBasicKind() && !lines.holds(key.canonical())) {
        throw new BudgetRuleViolation(
            BudgetRule.BASIC_KIND_AGAINST_CODE,
            "spending leg "
                + (i + 1)
                + " "
                + key
                + ": "
                + key.deptEconomic()
                + " is "
                + key.deptEconomic().basicKind().chinese()
                + ", not "
                + key.kind().chinese());
      }
    }
  }

  static void rejectIfUnknownUnits(
      Set<String> units, List<IncomeLeg> income, List<SpendingLeg> spending) {
    for (int i = 0; i < income.size(); i++) {
      rejectIfUnknownUnit(units, income.get(i).key().unit().value(), "income leg " + (i + 1));
    }
    for (int i = 0; i < spending.size(); i++) {
      rejectIfUnknownUnit(units, spending.get(i).key().unit().value(), "spending leg " + (i + 1));
    }
  }

  private static void rejectIfUnknownUnit(Set<String> units, String unit, String where) {
    if (!units.contains(unit)) {
      throw new BudgetRuleViolation(
          BudgetRule.UNKNOWN_UNIT,
          where + " names unit " + unit + "; the budget's units are " + units);
    }
  }
}
