package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.context.MessageSource;

/**
 * The form's mistakes in the user's words: next to each input a short message, and above the form
 * the same list with each field's label and row ("支出第 2 行 · 金额（万元）"), never the request's internal
 * paths. Amounts are the budget's unit (元 or 万元), named in the label and the hint; a budget rule
 * broken by a line is put on that line's row, in that unit.
 */
record EntryFormErrors(Map<String, String> byField, List<String> summary) {
  private static final Pattern ROW = Pattern.compile("(incomeLegs|spendingLegs)\\[(\\d+)]\\.?(.*)");
  private static final Map<String, String> LABELS =
      Map.of(
          "type",
          "entry.type",
          "effectiveDate",
          "entry.effectiveDate",
          "basis.document",
          "entry.basisDocument",
          "basis.number",
          "entry.basisNumber",
          "reversedEntry",
          "entry.reversedEntry",
          "reason",
          "entry.reason");

  static final EntryFormErrors NONE = new EntryFormErrors(Map.of(), List.of());

  boolean isEmpty() {
    return byField.isEmpty();
  }

  /** {@link EntryFormCheck}'s mistakes, worded. */
  static EntryFormErrors of(
      EntryForm form,
      Map<String, String> mistakes,
      MoneyUnit unit,
      MessageSource messages,
      Locale locale) {
    Map<String, String> byField = new LinkedHashMap<>();
    List<String> summary = new ArrayList<>();
    mistakes.forEach(
        (field, kind) -> {
          String text =
              messages.getMessage(
                  "fieldError." + kind,
                  kind.equals("amount") ? unitArguments(unit, messages, locale) : null,
                  locale);
          byField.put(field, text);
          summary.add(
              label(form, field, unit, messages, locale)
                  + messages.getMessage("entry.colon", null, locale)
                  + text);
        });
    return new EntryFormErrors(byField, summary);
  }

  /**
   * A balance rule the saved entry would break, at the spending row of the line it names (the
   * command's legs are the filled rows, in order); null when the rule names no line of the form.
   */
  static EntryFormErrors ofBreach(
      EntryForm form,
      RecordEntryCommand command,
      BudgetRuleViolation violation,
      MoneyUnit unit,
      MessageSource messages,
      Locale locale) {
    var breach = violation.breach().orElse(null);
    if (breach == null) {
      return null;
    }
    List<Integer> rows = form.filledSpendingRows();
    for (int k = 0; k < command.spendingLegs().size() && k < rows.size(); k++) {
      if (command.spendingLegs().get(k).key().canonical().equals(breach.key())) {
        String field = "spendingLegs[" + rows.get(k) + "]";
        String text =
            messages.getMessage(
                "fieldError.belowZero",
                new Object[] {
                  breach.date().toString(),
                  JournalRow.signed(unit, Fen.of(breach.balanceFen())),
                  messages.getMessage("unit." + unit.name(), null, locale)
                },
                locale);
        return new EntryFormErrors(
            Map.of(field, text),
            List.of(
                label(form, field, unit, messages, locale)
                    + messages.getMessage("entry.colon", null, locale)
                    + text));
      }
    }
    return null;
  }

  /** The unit's name in the page's language and the decimals a fen takes in it: 元, 2; 万元, 6. */
  static Object[] unitArguments(MoneyUnit unit, MessageSource messages, Locale locale) {
    return new Object[] {
      messages.getMessage("unit." + unit.name(), null, locale), unit.exactDecimals()
    };
  }

  private static String label(
      EntryForm form, String field, MoneyUnit unit, MessageSource messages, Locale locale) {
    Matcher m = ROW.matcher(field);
    if (!m.matches()) {
      return messages.getMessage(LABELS.getOrDefault(field, "entry.field"), null, locale);
    }
    boolean income = m.group(1).equals("incomeLegs");
    int shown =
        (income ? form.incomeRows() : form.spendingRows()).indexOf(Integer.valueOf(m.group(2))) + 1;
    String row =
        messages.getMessage(
            income ? "entry.row.income" : "entry.row.spending", new Object[] {shown}, locale);
    if (m.group(3).isEmpty()) {
      return row;
    }
    return row
        + " · "
        + (m.group(3).equals("amount")
            ? messages.getMessage(
                "leg.amountIn",
                new Object[] {messages.getMessage("unit." + unit.name(), null, locale)},
                locale)
            : messages.getMessage("leg." + m.group(3), null, locale));
  }
}
