package org.budgetledger.app.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.UnitCode;

/**
 * Every field of the 录入调整 form checked at once, so the user sees all mistakes together, each next
 * to its input: the request conversion ({@code EntryRequests}) stops at the first. Each field is
 * read by the same value types the conversion uses; the answer maps an input's name to the kind of
 * mistake ({@code required}, {@code amount}, {@code zero}, {@code date}, {@code function}, {@code
 * govEconomic}, {@code deptEconomic}, {@code choice}), which the page words in the user's language.
 * An empty answer means the conversion will accept the form.
 */
final class EntryFormCheck {
  private EntryFormCheck() {}

  /** {@code unit}: the budget's, which its amounts are typed in. */
  static Map<String, String> mistakes(EntryForm form, MoneyUnit unit) {
    Map<String, String> mistakes = new LinkedHashMap<>();
    check(mistakes, form, "type", "choice", EntryType::fromText);
    check(mistakes, form, "effectiveDate", "date", LocalDate::parse);
    check(mistakes, form, "basis.document", null, t -> t);
    check(mistakes, form, "basis.number", null, t -> t);
    if (form.isReversal()) {
      check(mistakes, form, "reversedEntry", null, t -> t);
      return mistakes;
    }
    for (int i : form.filledIncomeRows()) {
      String p = "incomeLegs[" + i + "].";
      check(mistakes, form, p + "unit", "choice", UnitCode::of);
      check(mistakes, form, p + "fundSource", "choice", t -> FundSource.valueOf(t));
      if (!form.get(p + "origin").isEmpty()) {
        check(mistakes, form, p + "origin", "choice", t -> Origin.valueOf(t));
      }
      amount(mistakes, form, p + "amount", unit);
    }
    for (int i : form.filledSpendingRows()) {
      String p = "spendingLegs[" + i + "].";
      check(mistakes, form, p + "unit", "choice", UnitCode::of);
      check(mistakes, form, p + "function", "function", FunctionCode::of);
      check(mistakes, form, p + "govEconomic", "govEconomic", GovEconomicCode::of);
      check(mistakes, form, p + "deptEconomic", "deptEconomic", DeptEconomicCode::of);
      check(mistakes, form, p + "kind", "choice", t -> ExpenditureKind.valueOf(t));
      check(mistakes, form, p + "fundSource", "choice", t -> FundSource.valueOf(t));
      amount(mistakes, form, p + "amount", unit);
    }
    return mistakes;
  }

  private static void amount(
      Map<String, String> mistakes, EntryForm form, String field, MoneyUnit unit) {
    check(mistakes, form, field, "amount", unit::parse);
    if (!mistakes.containsKey(field) && unit.parse(form.get(field)).isZero()) {
      mistakes.put(field, "zero");
    }
  }

  private static void check(
      Map<String, String> mistakes,
      EntryForm form,
      String field,
      String kind,
      Function<String, ?> reader) {
    String text = form.get(field);
    if (text.isBlank()) {
      mistakes.put(field, "required");
      return;
    }
    try {
      reader.apply(text.strip());
    } catch (RuntimeException e) {
      mistakes.put(field, kind == null ? "required" : kind);
    }
  }
}
